// Aliases and archiving. An alias names one version at a time: setting it on a version takes
// it from the one that had it. An archived version keeps its file and lineage but has no
// aliases and cannot be deployed.
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { findModelVersion } from "./find-model-version";

export async function setModelAlias(actor: TActor | null, input: { modelId: string; alias: string; number: number }) {
  const version = await findModelVersion(actor, "model.manage", input);
  if (version.status === "ARCHIVED") throw new AppError("conflict", `Version ${version.number} is archived: restore it before giving it an alias.`);
  await db.modelAlias.upsert({
    where: { modelId_alias: { modelId: version.modelId, alias: input.alias } },
    create: { modelId: version.modelId, alias: input.alias, versionId: version.id },
    update: { versionId: version.id },
  });
  return { alias: input.alias, number: version.number };
}

export async function removeModelAlias(actor: TActor | null, input: { modelId: string; alias: string }) {
  const alias = await db.modelAlias.findFirst({ where: { modelId: input.modelId, alias: input.alias, model: { teamId: actor?.teamId ?? "" } }, include: { version: true } });
  if (!alias) throw new AppError("not_found", `This model has no alias "${input.alias}".`);
  authorize(actor, "model.manage", alias.version);
  await db.modelAlias.delete({ where: { modelId_alias: { modelId: input.modelId, alias: input.alias } } });
  return { alias: input.alias, number: alias.version.number };
}

export async function setModelVersionStatus(actor: TActor | null, input: { modelId: string; number: number; status: "READY" | "ARCHIVED" }) {
  const version = await findModelVersion(actor, "model.manage", input);
  if (input.status === "ARCHIVED") {
    const live = await db.endpointDeployment.findFirst({ where: { modelVersionId: version.id, status: "LIVE" }, select: { endpoint: { select: { name: true } } } });
    if (live) throw new AppError("conflict", `Version ${version.number} serves the endpoint "${live.endpoint.name}": deploy another version there first.`);
  }
  await db.$transaction([
    ...(input.status === "ARCHIVED" ? [db.modelAlias.deleteMany({ where: { versionId: version.id } })] : []),
    db.modelVersion.update({ where: { id: version.id }, data: { status: input.status } }),
  ]);
  return { number: version.number, status: input.status };
}
