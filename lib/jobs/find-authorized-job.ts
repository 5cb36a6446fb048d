// A job of the actor's team that the actor may act on; another team's is "not found", so
// nobody learns what other teams hold.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize, requireActor } from "@/lib/auth/authorize";
import type { TAction, TActor } from "@/lib/permissions";

export async function findAuthorizedJob(actor: TActor | null, action: TAction, jobId: string) {
  const { teamId } = requireActor(actor);
  const job = await db.job.findFirst({ where: { id: jobId, teamId } });
  if (!job) throw new AppError("not_found", "This job does not exist in your team.");
  authorize(actor, action, job);
  return job;
}
