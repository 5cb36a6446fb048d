import type { TJobSummary } from "@/lib/jobs/schemas";
import { formatDuration } from "@/components/runs/format-run";

/** "2 of 3": which try this is, of the most it may have; "—" before the first. */
export function formatAttempt(job: Pick<TJobSummary, "attempt" | "maxRetries">) {
  return job.attempt === 0 ? "—" : `${job.attempt} of ${job.maxRetries + 1}`;
}

/** How long it ran, or has run so far; "—" before it started. */
export function formatJobDuration(job: Pick<TJobSummary, "startedAt" | "finishedAt">) {
  return job.startedAt ? formatDuration(job.startedAt, job.finishedAt) : "—";
}
