// One model with all its versions: what each was trained on and by, its metrics, its aliases
// and the endpoints that serve it.
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import type { TModelSignature } from "./schemas";

export async function getModel(actor: TActor | null, modelId: string) {
  const model = await db.registeredModel.findFirst({
    where: { id: modelId, teamId: actor?.teamId ?? "" },
    include: {
      aliases: { select: { alias: true, versionId: true }, orderBy: { alias: "asc" } },
      versions: {
        orderBy: { number: "desc" },
        include: {
          run: { select: { id: true, name: true, projectId: true } },
          datasetVersion: { select: { id: true, number: true, dataset: { select: { id: true, name: true } } } },
          createdBy: { select: { name: true } },
          deployments: { where: { status: "LIVE" }, select: { endpoint: { select: { id: true, name: true } }, trafficPercent: true } },
        },
      },
    },
  });
  if (!model) throw new AppError("not_found", "This model does not exist.");
  authorize(actor, "model.read", model);
  return {
    id: model.id,
    name: model.name,
    description: model.description,
    versions: model.versions.map((v) => ({
      id: v.id,
      number: v.number,
      flavor: v.flavor,
      status: v.status,
      signature: v.signature as TModelSignature | null,
      metrics: v.metrics as Record<string, unknown>,
      sizeBytes: v.sizeBytes,
      description: v.description,
      createdAt: v.createdAt,
      createdBy: v.createdBy?.name ?? null,
      run: v.run,
      datasetVersion: v.datasetVersion ? { id: v.datasetVersion.id, number: v.datasetVersion.number, datasetId: v.datasetVersion.dataset.id, datasetName: v.datasetVersion.dataset.name } : null,
      aliases: model.aliases.filter((a) => a.versionId === v.id).map((a) => a.alias),
      endpoints: v.deployments.map((d) => ({ id: d.endpoint.id, name: d.endpoint.name, trafficPercent: d.trafficPercent })),
    })),
  };
}
export type TModelView = Awaited<ReturnType<typeof getModel>>;
export type TModelVersionView = TModelView["versions"][number];
