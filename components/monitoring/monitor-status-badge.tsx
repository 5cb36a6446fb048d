import type { TMonitorSummary } from "@/lib/monitoring/get-monitor";
import runStyles from "@/components/runs/runs.module.css";
import badgeStyles from "@/components/ui/badge.module.css";
import styles from "./monitoring.module.css";

type TMonitorStatus = TMonitorSummary["status"];

// In the tones runs and endpoints use: blue is on its way, green watches, red gave up.
const LOOK: Record<TMonitorStatus, { label: string; tone: string }> = {
  COMPUTING_BASELINE: { label: "Computing baseline", tone: runStyles.running },
  WATCHING: { label: "Watching", tone: runStyles.finished },
  FAILED: { label: "Failed", tone: runStyles.failed },
};

/** A monitor's state as a pill; read aloud (and found by tests) as "Monitor status: Watching". */
export function MonitorStatusBadge({ status }: { status: TMonitorStatus }) {
  const { label, tone } = LOOK[status];
  return (
    <span className={`${runStyles.status} ${tone}`} data-monitor-status={status}>
      <span className="visually-hidden">Monitor status: </span>
      {label}
    </span>
  );
}

/** Names that passed a threshold (features, or the rules that fired) as amber pills; "None" when there are none. */
export function DriftBadges({ names, none = "None" }: { names: readonly string[]; none?: string }) {
  if (names.length === 0) return <span className={styles.muted}>{none}</span>;
  return (
    <span className={styles.badges}>
      {names.map((name) => (
        <span key={name} className={`${badgeStyles.badge} ${styles.drifting}`}>
          {name}
        </span>
      ))}
    </span>
  );
}
