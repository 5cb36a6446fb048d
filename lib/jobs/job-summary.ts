// A job row as the lists and its page show it.
import type { Prisma } from "@prisma/client";
import type { TJobStatusName, TJobSummary } from "./schemas";

export const JOB_SUMMARY_SELECT = {
  id: true,
  name: true,
  status: true,
  command: true,
  gpus: true,
  attempt: true,
  maxRetries: true,
  reason: true,
  exitCode: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  project: { select: { id: true, name: true, slug: true } },
  worker: { select: { hostname: true } },
  createdBy: { select: { name: true } },
} satisfies Prisma.JobSelect;

type TJobSummaryRow = Prisma.JobGetPayload<{ select: typeof JOB_SUMMARY_SELECT }>;

export function toJobSummary({ worker, createdBy, status, ...job }: TJobSummaryRow): TJobSummary {
  return { ...job, status: status.toLowerCase() as TJobStatusName, workerHostname: worker?.hostname ?? null, createdBy: createdBy.name };
}
