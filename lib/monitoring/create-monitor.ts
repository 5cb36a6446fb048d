// Watches an endpoint's traffic for drift from its training data. The baseline is computed
// first, by a job on a worker; windows follow every windowMinutes once it is there.
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { findAuthorizedEndpoint } from "@/lib/endpoints/find-authorized-endpoint";
import { AppError } from "@/lib/errors";
import type { TModelSignature } from "@/lib/models/schemas";
import type { TActor } from "@/lib/permissions";
import type { TCreateMonitorBody } from "./schemas";
import { startMonitorJob } from "./start-monitor-job";

export async function createMonitor(actor: TActor | null, input: TCreateMonitorBody) {
  const endpoint = await findAuthorizedEndpoint(actor, "endpoint.manage", input.endpointId);
  const project = await db.project.findFirst({ where: { id: input.projectId, teamId: endpoint.teamId } });
  if (!project) throw new AppError("not_found", "This project does not exist.");
  const caller = authorize(actor, "job.run", project);
  const primary = await db.endpointDeployment.findFirst({ where: { endpointId: endpoint.id, status: "LIVE" }, orderBy: { createdAt: "asc" }, include: { modelVersion: true } });
  const datasetVersionId = input.datasetVersionId ?? primary?.modelVersion.datasetVersionId;
  if (!datasetVersionId) throw new AppError("bad_input", "Choose the dataset version the model was trained on: it is the baseline.", { datasetVersionId: ["Required: the served version was registered without one."] });
  const version = await db.datasetVersion.findFirst({ where: { id: datasetVersionId, teamId: endpoint.teamId }, select: { id: true, number: true, datasetId: true, format: true } });
  if (!version) throw new AppError("not_found", "That dataset version does not exist.");
  if (version.format !== "TABLE") throw new AppError("bad_input", "A drift baseline is a table dataset (CSV, JSON Lines, Parquet).");
  const signature = primary?.modelVersion.signature as TModelSignature | null;
  const monitor = await db.monitor.create({
    data: {
      teamId: endpoint.teamId,
      projectId: project.id,
      endpointId: endpoint.id,
      datasetVersionId: version.id,
      createdById: caller.userId,
      windowMinutes: input.windowMinutes,
      thresholds: input.thresholds,
      webhookUrl: input.webhookUrl,
      reason: "Computing the baseline from the training data.",
    },
  });
  // Only the model's inputs are compared: a training table also holds the target.
  const features = signature?.inputs.length && signature.inputs.every((i) => i.shape.length <= 1) ? signature.inputs.map((i) => i.name) : [];
  await startMonitorJob(monitor, { monitorId: monitor.id, mode: "baseline", datasetId: version.datasetId, versionNumber: version.number, features }, `${endpoint.name}: drift baseline`);
  return { id: monitor.id };
}
