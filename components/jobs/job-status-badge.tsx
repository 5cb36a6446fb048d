import type { TJobStatusName } from "@/lib/jobs/schemas";
import runStyles from "@/components/runs/runs.module.css";
import badgeStyles from "@/components/ui/badge.module.css";
import styles from "./jobs.module.css";

const LOOK: Record<TJobStatusName, { label: string; tone: string }> = {
  queued: { label: "Queued", tone: badgeStyles.neutral },
  running: { label: "Running", tone: runStyles.running },
  succeeded: { label: "Succeeded", tone: runStyles.finished },
  failed: { label: "Failed", tone: runStyles.failed },
  cancelled: { label: "Cancelled", tone: styles.cancelled },
  lost: { label: "Lost", tone: styles.lost },
};

export const ENDED_JOB_STATUSES: ReadonlySet<TJobStatusName> = new Set(["succeeded", "failed", "cancelled", "lost"]);

/** A job's state as a pill; read aloud (and found by tests) as "Status: running". */
export function JobStatusBadge({ status }: { status: TJobStatusName }) {
  const { label, tone } = LOOK[status];
  return (
    <span className={`${runStyles.status} ${tone}`} data-job-status={status}>
      <span className="visually-hidden">Status: </span>
      {label}
    </span>
  );
}
