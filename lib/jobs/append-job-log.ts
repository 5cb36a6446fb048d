// One chunk of a job's log, stored with the next seq and sent to its page. From a worker it
// counts only while that worker runs that attempt (a late chunk of a lost attempt is dropped),
// and renews the lease; the studio's own lines (started, lost, cancelled) always count.
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { publishToRoom } from "@/lib/server/publish";
import { JOB_LEASE_MS } from "./claim-queued-jobs";

type TJobLogInput = { jobId: string; attempt: number; stream: "stdout" | "stderr" | "system"; text: string; workerId?: string };

export async function appendJobLog(input: TJobLogInput) {
  const fromWorker = input.workerId
    ? Prisma.sql`AND "workerId" = ${input.workerId} AND attempt = ${input.attempt} AND status = 'RUNNING'`
    : Prisma.empty;
  const lease = input.workerId ? Prisma.sql`, "leaseExpiresAt" = ${new Date(Date.now() + JOB_LEASE_MS)}` : Prisma.empty;
  const [stored] = await db.$queryRaw<Array<{ seq: number; time: Date; teamId: string }>>`
    WITH job AS (
      UPDATE "Job" SET "logCount" = "logCount" + 1 ${lease}
      WHERE id = ${input.jobId} ${fromWorker}
      RETURNING "logCount" - 1 AS seq, "teamId")
    INSERT INTO "JobLog" ("jobId", seq, attempt, stream, text, time)
    SELECT ${input.jobId}, seq, ${input.attempt}, ${input.stream}, ${input.text}, (now() AT TIME ZONE 'UTC') FROM job
    RETURNING seq, time, (SELECT "teamId" FROM job)`;
  if (!stored) return false;
  publishToRoom(stored.teamId, { kind: "job", id: input.jobId }, "job:log", {
    jobId: input.jobId,
    seq: stored.seq,
    attempt: input.attempt,
    stream: input.stream,
    text: input.text,
    time: stored.time.toISOString(),
  });
  return true;
}
