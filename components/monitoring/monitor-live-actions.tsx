"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import { LiveIndicator } from "@/components/live/live-refresh";
import { useRoomEvent } from "@/components/live/use-room-event";
import { Button } from "@/components/ui/button";
import { jobHref, monitorApi } from "./monitor-urls";
import styles from "./monitoring.module.css";

type TMonitorLiveActionsProps = {
  monitorId: string;
  /** endpoint.manage: may start a window's job. */
  canCompute: boolean;
  /** Windows are computed only once the baseline is. */
  isWatching: boolean;
};

/**
 * The monitor's room: each change (a baseline, a window, a failure) reads the page again.
 * "Compute now" starts a window's job over what came since the last window, and stays
 * pending, with a link to the job, until the monitor changes.
 */
export function MonitorLiveActions({ monitorId, canCompute, isWatching }: TMonitorLiveActionsProps) {
  const router = useRouter();
  const [jobId, setJobId] = useState<string | null>(null);
  const compute = useServerAction(() => postJson<{ jobId: string }>(`${monitorApi(monitorId)}/compute`));
  const connection = useRoomEvent({ kind: "monitor", id: monitorId }, "monitor:changed", () => {
    setJobId(null);
    router.refresh();
  });
  // What changed between the render and the join (or while the socket was down) came to nobody.
  useEffect(() => {
    if (connection === "live") router.refresh();
  }, [connection, router]);
  return (
    <div className={styles.actions}>
      {compute.formError && (
        <span className={styles.error} role="alert">
          {compute.formError}
        </span>
      )}
      {jobId && (
        <span className={styles.muted} role="status">
          Computing the window in <Link href={jobHref(jobId)}>its job</Link>…
        </span>
      )}
      <LiveIndicator status={connection} />
      {canCompute && (
        <Button
          variant="primary"
          isPending={compute.isPending || jobId !== null}
          disabled={!isWatching}
          title={isWatching ? "Compare what was captured since the last window with the baseline" : "Windows are computed once the baseline is"}
          onClick={() => compute.run(undefined, (answer) => setJobId(answer.jobId))}
        >
          Compute now
        </Button>
      )}
    </div>
  );
}
