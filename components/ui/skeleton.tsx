import styles from "./skeleton.module.css";

/** A placeholder block shown while a page's data loads. */
function Skeleton({ width = "100%", height = 16 }: { width?: number | string; height?: number }) {
  return <span className={styles.skeleton} style={{ width, height }} aria-hidden="true" />;
}

/** The shape of a page with a header and a table, announced once to screen readers. */
export function PageSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <div className={styles.page} role="status">
      <span className="visually-hidden">Loading…</span>
      <Skeleton width={220} height={28} />
      <Skeleton width={420} height={16} />
      <div className={styles.table}>
        {Array.from({ length: rows }, (_, row) => (
          <Skeleton key={row} height={40} />
        ))}
      </div>
    </div>
  );
}
