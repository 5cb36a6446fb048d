// A sweep of the actor's team that the actor may act on; another team's is "not found", so
// nobody learns what other teams hold.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize, requireActor } from "@/lib/auth/authorize";
import type { TAction, TActor } from "@/lib/permissions";

export async function findAuthorizedSweep(actor: TActor | null, action: TAction, sweepId: string) {
  const { teamId } = requireActor(actor);
  const sweep = await db.sweep.findFirst({ where: { id: sweepId, teamId } });
  if (!sweep) throw new AppError("not_found", "This sweep does not exist in your team.");
  authorize(actor, action, sweep);
  return sweep;
}
