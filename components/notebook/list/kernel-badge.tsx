import styles from "./notebook-table.module.css";

const LABEL: Record<string, string> = {
  queued: "Waiting for a worker",
  starting: "Starting",
  idle: "Idle",
  busy: "Busy",
  restarting: "Restarting",
  dead: "Dead",
  lost: "Worker lost",
  stopped: "No kernel",
};

const TONE: Record<string, string> = {
  idle: "good",
  busy: "busy",
  starting: "waiting",
  restarting: "waiting",
  queued: "waiting",
  dead: "bad",
  lost: "bad",
};

/** A notebook's kernel in a list: a dot, its state, and the worker it runs on. */
export function KernelBadge({ state, workerHostname }: { state: string; workerHostname: string | null }) {
  const isRunning = ["starting", "idle", "busy", "restarting"].includes(state);
  return (
    <span className={`${styles.kernel} ${styles[TONE[state] ?? "none"]}`} data-kernel-state={state}>
      <span className={styles.dot} aria-hidden="true" />
      {LABEL[state] ?? state}
      {isRunning && workerHostname && <span className={styles.host}>{workerHostname}</span>}
    </span>
  );
}
