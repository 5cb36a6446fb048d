// The one way a job's attempt ends: a conditional UPDATE (so a worker's late report, the
// reaper and a cancel racing each other end it once), then what follows from it: its token
// revoked, its open runs ended, a line in its log, its watchers told, its sweep moved on (for a
// trial), and the queue moved on.
// A lost attempt is queued again while retries are left.
import { Prisma, type JobStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { endOpenRuns } from "@/lib/runs/end-open-runs";
import { advanceSweepOfTrial } from "@/lib/sweeps/advance-sweep";
import { appendJobLog } from "./append-job-log";
import { publishJobState } from "./publish-job";
import { scheduleQueuedJobs } from "./schedule-jobs";

type TEndJob = {
  jobId: string;
  /** The attempt that ends; a report about another one changes nothing. */
  attempt: number;
  /** The states it may end from (a cancel ends a queued job too). */
  from: JobStatus[];
  to: "SUCCEEDED" | "FAILED" | "CANCELLED" | "LOST";
  reason: string;
  exitCode?: number | null;
  /** Only if this worker runs it (a report from a worker). */
  workerId?: string;
};

export async function endJob(input: TEndJob) {
  const onWorker = input.workerId ? Prisma.sql`AND "workerId" = ${input.workerId}` : Prisma.empty;
  const isRetried = Prisma.sql`(${input.to} = 'LOST' AND attempt <= "maxRetries")`;
  const [ended] = await db.$queryRaw<Array<{ teamId: string; reason: string }>>`
    UPDATE "Job" SET
      status = (CASE WHEN ${isRetried} THEN 'QUEUED' ELSE ${input.to} END)::"JobStatus",
      "workerId" = (CASE WHEN ${isRetried} THEN NULL ELSE "workerId" END),
      "finishedAt" = (CASE WHEN ${isRetried} THEN NULL ELSE (now() AT TIME ZONE 'UTC') END),
      "leaseExpiresAt" = NULL,
      "exitCode" = ${input.exitCode ?? null},
      reason = ${input.reason} || (CASE WHEN ${isRetried} THEN ' Queued again (retry ' || attempt || ' of ' || "maxRetries" || ').' ELSE '' END),
      "updatedAt" = (now() AT TIME ZONE 'UTC')
    WHERE id = ${input.jobId} AND attempt = ${input.attempt} AND status = ANY(${input.from}::"JobStatus"[]) ${onWorker}
    RETURNING "teamId", reason`;
  if (!ended) return false;
  await db.apiToken.updateMany({ where: { jobId: input.jobId, revokedAt: null }, data: { revokedAt: new Date() } });
  await endOpenRuns({ jobId: input.jobId }, input.to === "SUCCEEDED" ? "FINISHED" : "FAILED");
  if (input.attempt > 0) await appendJobLog({ jobId: input.jobId, attempt: input.attempt, stream: "system", text: `${ended.reason}\n` });
  await publishJobState(input.jobId);
  // A sweep's trial ended: the sweep makes its next trial, or ends.
  await advanceSweepOfTrial(input.jobId);
  // A slot is free now, or this job queued again.
  await scheduleQueuedJobs(ended.teamId);
  return true;
}
