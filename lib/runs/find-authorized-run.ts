// A run of the actor's team that the actor may read; another team's is "not found", so
// nobody learns what other teams hold.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize, requireActor } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";

export async function findAuthorizedRun(actor: TActor | null, runId: string) {
  const { teamId } = requireActor(actor);
  const run = await db.run.findFirst({ where: { id: runId, teamId } });
  if (!run) throw new AppError("not_found", "This run does not exist in your team.");
  authorize(actor, "run.read", run);
  return run;
}
