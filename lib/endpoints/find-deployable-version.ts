// The model version to deploy: the caller's team's, not archived.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";

export async function findDeployableVersion(actor: TActor, input: { modelId: string; number: number }) {
  const version = await db.modelVersion.findFirst({ where: { modelId: input.modelId, number: input.number, teamId: actor.teamId } });
  if (!version) throw new AppError("not_found", `Version ${input.number} of that model does not exist.`);
  if (version.status === "ARCHIVED") throw new AppError("conflict", `Version ${input.number} is archived: restore it to deploy it.`);
  return version;
}
