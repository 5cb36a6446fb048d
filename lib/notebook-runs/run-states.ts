// Which headless-run states mean what, and how they are named outside, in one place.
import type { NotebookRunStatus } from "@prisma/client";

/** Not ended yet: a notebook has at most one such run. */
export const ACTIVE_RUN_STATUSES: NotebookRunStatus[] = ["QUEUED", "RUNNING"];

export type TRunError = { ename: string; evalue: string };

export const RUN_STATUS_NAMES = ["queued", "running", "succeeded", "failed", "cancelled", "timed_out", "lost"] as const;
export type TRunStatusName = (typeof RUN_STATUS_NAMES)[number];

export function toRunStatusName(status: NotebookRunStatus): TRunStatusName {
  return status.toLowerCase() as TRunStatusName;
}
