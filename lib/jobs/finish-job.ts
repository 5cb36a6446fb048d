// job:exit: the worker's process for an attempt ended. Exit 0 succeeded; anything else failed,
// unless a cancel was asked for, which it then was.
import { db } from "@/lib/db";
import type { TWorkerPayload } from "@/lib/protocol";
import { endJob } from "./end-job";

function describeExit({ exitCode, signal, error }: TWorkerPayload<"job:exit">) {
  if (error) return `Could not start: ${error}`;
  if (signal) return `Stopped by ${signal}.`;
  return exitCode === 0 ? "Succeeded." : `Exited with code ${exitCode}.`;
}

export async function finishJob(workerId: string, exit: TWorkerPayload<"job:exit">) {
  const job = await db.job.findFirst({ where: { id: exit.jobId, workerId, attempt: exit.attempt }, select: { cancelRequestedAt: true } });
  if (!job) return false; // another attempt, or a job this worker does not run: nothing to end
  const isCancelled = job.cancelRequestedAt !== null;
  const to = isCancelled ? "CANCELLED" : exit.exitCode === 0 && !exit.error ? "SUCCEEDED" : "FAILED";
  const reason = isCancelled ? `Cancelled. ${describeExit(exit)}` : describeExit(exit);
  return endJob({ jobId: exit.jobId, attempt: exit.attempt, from: ["RUNNING"], to, reason, exitCode: exit.exitCode, workerId });
}
