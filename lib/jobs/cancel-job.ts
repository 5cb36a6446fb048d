// Cancel: a queued job ends at once; a running one is stopped by its worker (SIGTERM, then
// SIGKILL), and ends as cancelled when the worker reports the exit. A worker that cannot be
// reached cannot run it either: the job ends as cancelled now.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { sendWorkerCommand } from "@/lib/workers/send-worker-command";
import { endJob } from "./end-job";
import { findAuthorizedJob } from "./find-authorized-job";

export async function cancelJob(actor: TActor | null, jobId: string) {
  const job = await findAuthorizedJob(actor, "job.run", jobId);
  if (job.status === "QUEUED") {
    if (await endJob({ jobId, attempt: job.attempt, from: ["QUEUED"], to: "CANCELLED", reason: "Cancelled before it started." })) return { id: jobId };
  }
  const running = await db.job.updateMany({ where: { id: jobId, attempt: job.attempt, status: "RUNNING" }, data: { cancelRequestedAt: new Date() } });
  if (running.count === 0) throw new AppError("conflict", "This job has ended already.");
  const answer = await sendWorkerCommand(job.workerId!, "job:cancel", { jobId, attempt: job.attempt });
  if (!answer.ok) await endJob({ jobId, attempt: job.attempt, from: ["RUNNING"], to: "CANCELLED", reason: `Cancelled (its worker could not be told: ${answer.error})` });
  return { id: jobId };
}
