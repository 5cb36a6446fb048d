// A version of one of the caller's team's models, for an action on it (alias, archive, deploy).
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/auth/authorize";
import type { TAction, TActor } from "@/lib/permissions";

export async function findModelVersion(actor: TActor | null, action: TAction, input: { modelId: string; number: number }) {
  const version = await db.modelVersion.findFirst({
    where: { modelId: input.modelId, number: input.number, teamId: actor?.teamId ?? "" },
    include: { model: { select: { name: true } } },
  });
  if (!version) throw new AppError("not_found", `Version ${input.number} of this model does not exist.`);
  authorize(actor, action, version);
  return version;
}
