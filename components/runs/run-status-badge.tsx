import styles from "./runs.module.css";

const LABEL = { running: "Running", finished: "Finished", failed: "Failed" } as const;

export function RunStatusBadge({ status }: { status: keyof typeof LABEL }) {
  return (
    <span className={`${styles.status} ${styles[status]}`} data-run-status={status}>
      {LABEL[status]}
    </span>
  );
}
