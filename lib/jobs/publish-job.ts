// A job's state to whoever watches it: its page (the job's room) and the jobs lists.
import { db } from "@/lib/db";
import { JOBS_ROOM } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";
import type { TJobStatusName } from "./schemas";

export async function publishJobState(jobId: string) {
  const job = await db.job.findUnique({
    where: { id: jobId },
    select: { teamId: true, status: true, attempt: true, reason: true, exitCode: true, worker: { select: { hostname: true } } },
  });
  if (!job) return;
  const state = {
    jobId,
    status: job.status.toLowerCase() as TJobStatusName,
    attempt: job.attempt,
    workerHostname: job.worker?.hostname ?? null,
    reason: job.reason,
    exitCode: job.exitCode,
  };
  publishToRoom(job.teamId, { kind: "job", id: jobId }, "job:state", state);
  publishToRoom(job.teamId, JOBS_ROOM, "job:state", state);
}
