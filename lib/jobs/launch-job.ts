// Sends a claimed job to its worker: the files, the command with its params in place, and an
// API token of the job's own for the SDK (runs it logs belong to the job; revoked when it
// ends). A worker that cannot be reached loses the attempt (retried if the job allows); one
// that refuses the job (it says why) fails it.
import { db } from "@/lib/db";
import { generateSecretToken } from "@/lib/auth/secret-token";
import { sendWorkerCommand } from "@/lib/workers/send-worker-command";
import type { TJobClaim } from "./claim-queued-jobs";
import { endJob } from "./end-job";
import { fillCommand } from "./job-command";
import { jobCodePrefix, readFiles } from "./job-files";
import { publishJobState } from "./publish-job";

const START_TIMEOUT_MS = 30_000;

async function createJobToken(job: { id: string; teamId: string; name: string; createdById: string }) {
  const { token, tokenHash, prefix } = generateSecretToken("mls");
  await db.apiToken.create({ data: { userId: job.createdById, teamId: job.teamId, name: `job ${job.name}`, tokenHash, prefix, jobId: job.id } });
  return token;
}

export async function launchJob(claim: TJobClaim) {
  await publishJobState(claim.jobId);
  const job = await db.job.findUniqueOrThrow({ where: { id: claim.jobId }, include: { sweepTrial: { select: { sweepId: true } } } });
  const params = job.params as Record<string, unknown>;
  const files = await readFiles(jobCodePrefix(job), (job.files as Array<{ path: string }>).map((file) => file.path));
  const command = fillCommand(job.command, params);
  const env = {
    MLSTUDIO_API_TOKEN: await createJobToken(job),
    MLSTUDIO_TRANSPORT: "http",
    MLSTUDIO_JOB_ID: job.id,
    MLSTUDIO_PARAMS: JSON.stringify(params),
  };
  const payload = { jobId: job.id, attempt: claim.attempt, command, files: files.map((f) => ({ path: f.path, data: f.data.toString("base64") })), env, gpus: job.gpus };
  const answer = await sendWorkerCommand(claim.workerId, "job:start", payload, { timeoutMs: START_TIMEOUT_MS });
  const ending = { jobId: job.id, attempt: claim.attempt, from: ["RUNNING" as const], workerId: claim.workerId };
  if (answer.ok) {
    const reason = `Running on ${claim.hostname}.`;
    const { count } = await db.job.updateMany({ where: { id: job.id, attempt: claim.attempt, status: "RUNNING" }, data: { reason } });
    // The worker's own first log line says where and what it started.
    if (count) await publishJobState(job.id);
    return;
  }
  // A cancel that reached the worker while it wrote the job's files refuses the start: cancelled, not failed.
  const { cancelRequestedAt } = await db.job.findUniqueOrThrow({ where: { id: job.id }, select: { cancelRequestedAt: true } });
  const isUnreachable = /not connected|did not answer|socket server/.test(answer.error);
  if (cancelRequestedAt) await endJob({ ...ending, to: "CANCELLED", reason: `Cancelled before it started on ${claim.hostname}.` });
  else if (isUnreachable) await endJob({ ...ending, to: "LOST", reason: `Could not reach ${claim.hostname}: ${answer.error}` });
  else await endJob({ ...ending, to: "FAILED", reason: `${claim.hostname} could not start the job: ${answer.error}` });
}
