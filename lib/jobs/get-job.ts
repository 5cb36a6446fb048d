// One job with its params, files and the runs it logged.
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedJob } from "./find-authorized-job";
import { JOB_SUMMARY_SELECT, toJobSummary } from "./job-summary";
import type { TJobDetail } from "./schemas";

export async function getJob(actor: TActor | null, jobId: string): Promise<TJobDetail> {
  await findAuthorizedJob(actor, "run.read", jobId);
  const job = await db.job.findUniqueOrThrow({
    where: { id: jobId },
    select: {
      ...JOB_SUMMARY_SELECT,
      params: true,
      files: true,
      cancelRequestedAt: true,
      runs: { orderBy: { startedAt: "asc" }, select: { id: true, name: true, status: true } },
    },
  });
  const { params, files, cancelRequestedAt, runs, ...summary } = job;
  return {
    ...toJobSummary(summary),
    params: params as Record<string, unknown>,
    files: files as TJobDetail["files"],
    isCancelRequested: cancelRequestedAt !== null,
    runs: runs.map((run) => ({ ...run, status: run.status.toLowerCase() as TJobDetail["runs"][number]["status"] })),
  };
}
