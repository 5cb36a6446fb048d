"use client";
import { postJson } from "@/components/forms/request-result";
import { ConfirmButton } from "@/components/ui/confirm-button";

const cancelJob = (jobId: string) => postJson<{ id: string }>(`/api/v1/jobs/${encodeURIComponent(jobId)}/cancel`);

/** Cancels a queued job at once, or stops a running one (its worker ends the process). */
export function CancelJobButton({ jobId, jobName, isRunning }: { jobId: string; jobName: string; isRunning: boolean }) {
  return (
    <ConfirmButton
      label="Cancel job"
      accessibleLabel="Cancel job"
      title={`Cancel ${jobName}?`}
      description={
        isRunning
          ? "Its process is stopped (SIGTERM, then SIGKILL after a grace period). What it logged so far, and its runs, stay."
          : "It leaves the queue and never runs."
      }
      action={cancelJob}
      input={jobId}
      dismissLabel="Keep it"
    />
  );
}
