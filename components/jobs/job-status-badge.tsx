import type { TJobStatusName } from "@/lib/jobs/schemas";
import runStyles from "@/components/runs/runs.module.css";
import badgeStyles from "@/components/ui/badge.module.css";
import styles from "./jobs.module.css";

// A sweep's trial can also be "stopped" (by early stopping); a sweep's own states are job states.
type TStatus = TJobStatusName | "stopped";

const LOOK: Record<TStatus, { label: string; tone: string }> = {
  queued: { label: "Queued", tone: badgeStyles.neutral },
  running: { label: "Running", tone: runStyles.running },
  succeeded: { label: "Succeeded", tone: runStyles.finished },
  failed: { label: "Failed", tone: runStyles.failed },
  cancelled: { label: "Cancelled", tone: styles.cancelled },
  lost: { label: "Lost", tone: styles.lost },
  stopped: { label: "Stopped early", tone: styles.cancelled },
};

export const ENDED_JOB_STATUSES: ReadonlySet<TJobStatusName> = new Set(["succeeded", "failed", "cancelled", "lost"]);

/** A job's (or a trial's, or a sweep's) state as a pill; read aloud (and found by tests) as "Status: running". */
export function JobStatusBadge({ status }: { status: TStatus }) {
  const { label, tone } = LOOK[status];
  return (
    <span className={`${runStyles.status} ${tone}`} data-job-status={status}>
      <span className="visually-hidden">Status: </span>
      {label}
    </span>
  );
}
