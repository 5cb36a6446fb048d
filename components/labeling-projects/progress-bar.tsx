import styles from "./labeling.module.css";

/** How far a project got: a bar and "done of total" under it. */
export function ProgressBar({ done, total, label, tone = "accent" }: { done: number; total: number; label: string; tone?: "accent" | "success" }) {
  const share = total === 0 ? 0 : Math.min(1, done / total);
  return (
    <div className={styles.progress}>
      <div className={styles.bar} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
        <div className={`${styles.fill} ${tone === "success" ? styles.fillReviewed : ""}`} style={{ width: `${share * 100}%` }} />
      </div>
      <span className={styles.caption}>
        {done.toLocaleString("en-US")} of {total.toLocaleString("en-US")} {label.toLowerCase()}
      </span>
    </div>
  );
}
