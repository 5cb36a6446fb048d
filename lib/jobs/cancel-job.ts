// A user's cancel of a job of their team.
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedJob } from "./find-authorized-job";
import { requestJobStop } from "./request-job-stop";

export async function cancelJob(actor: TActor | null, jobId: string) {
  const job = await findAuthorizedJob(actor, "job.run", jobId);
  if (!(await requestJobStop(job))) throw new AppError("conflict", "This job has ended already.");
  return { id: jobId };
}
