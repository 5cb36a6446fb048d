// What a run logged through a job's token belongs to: the job, its project and its worker.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function findJobOrigin(teamId: string, jobId: string) {
  const job = await db.job.findFirst({ where: { id: jobId, teamId }, select: { id: true, projectId: true, workerId: true } });
  if (!job) throw new AppError("not_found", "This token's job no longer exists.");
  return job;
}
