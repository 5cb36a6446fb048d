// Traffic between an endpoint's versions: a second version is deployed beside the live one as
// a canary (a share of requests) or green (0 %, until promoted); promoting gives it all the
// traffic and retires the other; rolling back retires it and gives the other all again.
// Each change runs in one transaction with the endpoint's row locked, so shares always add
// up to 100 among live deployments.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { replicaRows } from "./create-endpoint";
import { findAuthorizedEndpoint } from "./find-authorized-endpoint";
import { findDeployableVersion } from "./find-deployable-version";
import { publishEndpointChange } from "./publish-endpoint";
import { schedulePendingReplicas } from "./replicas/schedule-replicas";
import { stopDeploymentReplicas } from "./replicas/stop-replicas";
import type { TDeployVersionBody } from "./schemas";

async function liveDeployments(tx: Prisma.TransactionClient, endpointId: string) {
  await tx.$executeRaw`SELECT 1 FROM "Endpoint" WHERE id = ${endpointId} FOR UPDATE`;
  return tx.endpointDeployment.findMany({ where: { endpointId, status: "LIVE" }, orderBy: { createdAt: "asc" } });
}

async function afterChange(endpoint: { id: string; teamId: string }, retired: string[]) {
  if (retired.length) await stopDeploymentReplicas(retired);
  publishEndpointChange(endpoint.teamId, endpoint.id);
  await schedulePendingReplicas(endpoint.teamId);
}

export async function deployVersion(actor: TActor | null, endpointId: string, input: TDeployVersionBody) {
  const endpoint = await findAuthorizedEndpoint(actor, "endpoint.manage", endpointId);
  const version = await findDeployableVersion(actor!, input);
  const deployment = await db.$transaction(async (tx) => {
    const live = await liveDeployments(tx, endpoint.id);
    if (live.length !== 1) throw new AppError("conflict", "This endpoint already serves two versions: promote or roll back first.");
    const [primary] = live;
    if (primary.modelVersionId === version.id) throw new AppError("conflict", "This version is the one the endpoint serves.");
    await tx.endpointDeployment.update({ where: { id: primary.id }, data: { trafficPercent: 100 - input.trafficPercent } });
    return tx.endpointDeployment.create({
      data: {
        endpointId: endpoint.id,
        modelVersionId: version.id,
        trafficPercent: input.trafficPercent,
        replicaCount: input.replicas,
        gpus: input.gpus,
        replicas: { create: replicaRows(endpoint.teamId, input.replicas) },
      },
    });
  });
  await afterChange(endpoint, []);
  return { deploymentId: deployment.id };
}

/** Sets one deployment's share; the other live one gets the rest. */
export async function setTraffic(actor: TActor | null, endpointId: string, input: { deploymentId: string; trafficPercent: number }) {
  const endpoint = await findAuthorizedEndpoint(actor, "endpoint.manage", endpointId);
  await db.$transaction(async (tx) => {
    const live = await liveDeployments(tx, endpoint.id);
    const target = live.find((d) => d.id === input.deploymentId);
    if (!target) throw new AppError("not_found", "This deployment does not serve the endpoint.");
    const other = live.find((d) => d.id !== input.deploymentId);
    if (!other && input.trafficPercent !== 100) throw new AppError("conflict", "The only version of an endpoint takes all its traffic.");
    await tx.endpointDeployment.update({ where: { id: target.id }, data: { trafficPercent: input.trafficPercent } });
    if (other) await tx.endpointDeployment.update({ where: { id: other.id }, data: { trafficPercent: 100 - input.trafficPercent } });
  });
  await afterChange(endpoint, []);
  return { deploymentId: input.deploymentId, trafficPercent: input.trafficPercent };
}

/** The deployment takes all traffic; the other live one is retired (`reason` says why). */
export async function keepOnlyDeployment(endpoint: { id: string; teamId: string }, keepId: string, reason: string) {
  const retired = await db.$transaction(async (tx) => {
    const live = await liveDeployments(tx, endpoint.id);
    if (!live.some((d) => d.id === keepId)) throw new AppError("not_found", "This deployment does not serve the endpoint.");
    const others = live.filter((d) => d.id !== keepId).map((d) => d.id);
    await tx.endpointDeployment.updateMany({ where: { id: { in: others } }, data: { status: "RETIRED", trafficPercent: 0, retiredAt: new Date(), reason } });
    await tx.endpointDeployment.update({ where: { id: keepId }, data: { trafficPercent: 100 } });
    return others;
  });
  await afterChange(endpoint, retired);
  return retired;
}

export async function promoteDeployment(actor: TActor | null, endpointId: string, deploymentId: string) {
  const endpoint = await findAuthorizedEndpoint(actor, "endpoint.manage", endpointId);
  await keepOnlyDeployment(endpoint, deploymentId, "Replaced by a promoted version.");
  return { deploymentId };
}

/** Retires the newer of two live deployments: the older takes all traffic again. */
export async function rollBackDeployment(actor: TActor | null, endpointId: string, deploymentId: string) {
  const endpoint = await findAuthorizedEndpoint(actor, "endpoint.manage", endpointId);
  const live = await db.endpointDeployment.findMany({ where: { endpointId, status: "LIVE" }, orderBy: { createdAt: "asc" } });
  const [primary, canary] = live;
  if (!canary || canary.id !== deploymentId) throw new AppError("conflict", "Only the newer of two live versions can be rolled back.");
  await keepOnlyDeployment(endpoint, primary.id, "Rolled back.");
  return { deploymentId };
}

export async function deleteEndpoint(actor: TActor | null, endpointId: string) {
  const endpoint = await findAuthorizedEndpoint(actor, "endpoint.manage", endpointId);
  const deployments = await db.endpointDeployment.findMany({ where: { endpointId }, select: { id: true } });
  await stopDeploymentReplicas(deployments.map((d) => d.id));
  await db.endpoint.delete({ where: { id: endpoint.id } });
  publishEndpointChange(endpoint.teamId, endpoint.id);
  return { id: endpoint.id };
}

export async function updateEndpoint(actor: TActor | null, endpointId: string, input: { capturePercent?: number; rollbackErrorRate?: number }) {
  const endpoint = await findAuthorizedEndpoint(actor, "endpoint.manage", endpointId);
  await db.endpoint.update({ where: { id: endpoint.id }, data: input });
  publishEndpointChange(endpoint.teamId, endpoint.id);
  return { id: endpoint.id };
}
