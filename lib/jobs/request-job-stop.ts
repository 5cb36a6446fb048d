// Stops a job: a queued one ends at once; a running one is stopped by its worker (SIGTERM,
// then SIGKILL), and ends as cancelled when the worker reports the exit. A worker that cannot
// be reached cannot run it either: the job ends as cancelled now. False: it had ended already.
import type { Job } from "@prisma/client";
import { db } from "@/lib/db";
import { sendWorkerCommand } from "@/lib/workers/send-worker-command";
import { endJob } from "./end-job";

export async function requestJobStop(job: Pick<Job, "id" | "attempt" | "status" | "workerId">, whyQueuedEnds = "Cancelled before it started.") {
  if (job.status === "QUEUED") {
    if (await endJob({ jobId: job.id, attempt: job.attempt, from: ["QUEUED"], to: "CANCELLED", reason: whyQueuedEnds })) return true;
  }
  const running = await db.job.updateMany({ where: { id: job.id, attempt: job.attempt, status: "RUNNING" }, data: { cancelRequestedAt: new Date() } });
  if (running.count === 0) return false;
  const answer = await sendWorkerCommand(job.workerId!, "job:cancel", { jobId: job.id, attempt: job.attempt });
  if (!answer.ok) await endJob({ jobId: job.id, attempt: job.attempt, from: ["RUNNING"], to: "CANCELLED", reason: `Cancelled (its worker could not be told: ${answer.error})` });
  return true;
}
