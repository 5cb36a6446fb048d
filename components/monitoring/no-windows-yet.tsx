import type { TMonitorView } from "@/lib/monitoring/get-monitor";
import { ActivityIcon } from "@/components/ui/icons";
import { EmptyState } from "@/components/ui/empty-state";
import { InlineStatus } from "@/components/ui/inline-status";

type TNoWindowsYetProps = { status: TMonitorView["status"]; windowMinutes: number; dataset: string };

/** A monitor before its first window: what it is waiting for, and what comes next. */
export function NoWindowsYet({ status, windowMinutes, dataset }: TNoWindowsYetProps) {
  if (status === "FAILED") {
    return <InlineStatus tone="error">No window was computed: the monitor failed (above, why). Start a new one from the endpoint&apos;s console once that is fixed.</InlineStatus>;
  }
  const minutes = `${windowMinutes} ${windowMinutes === 1 ? "minute" : "minutes"}`;
  return status === "COMPUTING_BASELINE" ? (
    <EmptyState
      icon={<ActivityIcon />}
      title="Computing the baseline"
      description={`A job on a worker reads ${dataset} and bins each feature. The first window of captured requests is compared with it ${minutes} after it is ready.`}
    />
  ) : (
    <EmptyState
      icon={<ActivityIcon />}
      title="No windows yet"
      description={`The first window is computed after ${minutes}, or press Compute now to compare what was captured so far.`}
    />
  );
}
