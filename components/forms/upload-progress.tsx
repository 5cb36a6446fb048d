import styles from "./upload-progress.module.css";

type TUploadProgressProps = {
  /** Names the bar for screen readers ("Import progress"). */
  label: string;
  /** 0..1 while the body is sent; null for the server's part, which has no measure. */
  fraction: number | null;
  /** What happens now, in words ("Uploading… 40%"). */
  text: string;
};

/** A long upload's progress: a bar, and a line that says what it is doing. */
export function UploadProgress({ label, fraction, text }: TUploadProgressProps) {
  const percent = fraction === null ? undefined : Math.round(fraction * 100);
  return (
    <div className={styles.progress}>
      <div className={styles.track} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className={fraction === null ? `${styles.bar} ${styles.indeterminate}` : styles.bar} style={{ width: fraction === null ? undefined : `${fraction * 100}%` }} />
      </div>
      <span className={styles.stage} role="status">
        {text}
      </span>
    </div>
  );
}
