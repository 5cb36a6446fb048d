"use client";
import { postJson } from "@/components/forms/request-result";
import { ConfirmButton } from "@/components/ui/confirm-button";

const cancelSweep = (sweepId: string) => postJson<{ id: string }>(`/api/v1/sweeps/${encodeURIComponent(sweepId)}/cancel`);

/** Ends a sweep: no more trials are made, and its queued and running trials are stopped. */
export function CancelSweepButton({ sweepId, sweepName }: { sweepId: string; sweepName: string }) {
  return (
    <ConfirmButton
      label="Cancel sweep"
      accessibleLabel="Cancel sweep"
      title={`Cancel ${sweepName}?`}
      description="No more trials are made, and the running ones are stopped. The trials so far, their runs and the leaderboard stay."
      action={cancelSweep}
      input={sweepId}
      dismissLabel="Keep it"
    />
  );
}
