"use client";
import type { TKernelStateView } from "../state/types";
import { useKernel } from "../state/use-notebook-store";
import styles from "./toolbar.module.css";

const LABEL: Record<TKernelStateView, string> = {
  none: "No kernel",
  stopped: "No kernel",
  queued: "Waiting for a worker",
  starting: "Starting kernel",
  idle: "Idle",
  busy: "Busy",
  restarting: "Restarting",
  dead: "Kernel died",
  lost: "Worker lost",
};

const TONE: Record<TKernelStateView, "neutral" | "good" | "busy" | "waiting" | "bad"> = {
  none: "neutral",
  stopped: "neutral",
  queued: "waiting",
  starting: "waiting",
  idle: "good",
  busy: "busy",
  restarting: "waiting",
  dead: "bad",
  lost: "bad",
};

/** The kernel's state, where it runs, and (in the banner) why it waits or stopped. */
export function KernelStatus() {
  const kernel = useKernel();
  const hasHost = kernel.workerHostname && !["none", "stopped", "queued"].includes(kernel.state);
  return (
    <span className={`${styles.kernel} ${styles[TONE[kernel.state]]}`} role="status" data-kernel-state={kernel.state} title={kernel.reason ?? undefined}>
      <span className={styles.kernelDot} aria-hidden="true" />
      <span className={styles.kernelLabel}>
        <span className="visually-hidden">Kernel: </span>
        {LABEL[kernel.state]}
      </span>
      {hasHost && <span className={styles.kernelHost}>on {kernel.workerHostname}</span>}
    </span>
  );
}

const BANNER: Partial<Record<TKernelStateView, string>> = {
  queued: "Waiting for a worker.",
  dead: "The kernel died.",
  lost: "The worker running this notebook's kernel was lost.",
};

/** Why the kernel waits or stopped, in a line the user cannot miss. */
export function KernelBanner({ onRestart, onStart }: { onRestart?: () => void; onStart?: () => void }) {
  const kernel = useKernel();
  const headline = BANNER[kernel.state];
  if (!headline) return null;
  const isBad = kernel.state === "dead" || kernel.state === "lost";
  return (
    <div className={`${styles.banner} ${isBad ? styles.bannerBad : styles.bannerWaiting}`} role="status" data-kernel-banner={kernel.state}>
      <span>
        <strong>{headline}</strong> {kernel.reason}
        {kernel.state === "lost" && !kernel.reason && " Outputs so far are kept. Run a cell to start a kernel on another worker."}
      </span>
      {kernel.state === "dead" && onRestart && (
        <button type="button" className={styles.bannerButton} onClick={onRestart}>
          Restart kernel
        </button>
      )}
      {kernel.state === "lost" && onStart && (
        <button type="button" className={styles.bannerButton} onClick={onStart}>
          Start a new kernel
        </button>
      )}
    </div>
  );
}
