// One endpoint as its console shows it: each live deployment with its model version, traffic
// share and replicas (where, in what state, why), and the retired ones for the record.
import { db } from "@/lib/db";
import type { TModelSignature } from "@/lib/models/schemas";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedEndpoint } from "./find-authorized-endpoint";

export async function getEndpoint(actor: TActor | null, endpointId: string) {
  const endpoint = await findAuthorizedEndpoint(actor, "endpoint.read", endpointId);
  const deployments = await db.endpointDeployment.findMany({
    where: { endpointId },
    orderBy: { createdAt: "asc" },
    include: {
      modelVersion: { select: { id: true, number: true, flavor: true, signature: true, model: { select: { id: true, name: true } } } },
      replicas: { where: { status: { not: "STOPPED" } }, orderBy: { id: "asc" }, include: { worker: { select: { hostname: true } } } },
    },
  });
  const view = (d: (typeof deployments)[number]) => ({
    id: d.id,
    status: d.status,
    trafficPercent: d.trafficPercent,
    replicaCount: d.replicaCount,
    gpus: d.gpus,
    reason: d.reason,
    createdAt: d.createdAt,
    retiredAt: d.retiredAt,
    model: { id: d.modelVersion.model.id, name: d.modelVersion.model.name, number: d.modelVersion.number, flavor: d.modelVersion.flavor },
    signature: d.modelVersion.signature as TModelSignature | null,
    replicas: d.replicas.map((r) => ({ id: r.id, status: r.status, hostname: r.worker?.hostname ?? null, restarts: r.restarts, reason: r.reason })),
  });
  const live = deployments.filter((d) => d.status === "LIVE").map(view);
  return {
    id: endpoint.id,
    name: endpoint.name,
    capturePercent: endpoint.capturePercent,
    rollbackErrorRate: endpoint.rollbackErrorRate,
    createdAt: endpoint.createdAt,
    status: endpointStatus(live),
    live,
    retired: deployments.filter((d) => d.status === "RETIRED").reverse().slice(0, 10).map(view),
  };
}
export type TEndpointView = Awaited<ReturnType<typeof getEndpoint>>;
export type TDeploymentView = TEndpointView["live"][number];

/** READY: every replica serves; DEGRADED: some do; STARTING: none yet; FAILED: all gave up. */
export function endpointStatus(live: Array<{ replicas: Array<{ status: string }> }>) {
  const replicas = live.flatMap((d) => d.replicas);
  const ready = replicas.filter((r) => r.status === "READY").length;
  if (replicas.length > 0 && ready === replicas.length) return "READY" as const;
  if (ready > 0) return "DEGRADED" as const;
  if (replicas.length > 0 && replicas.every((r) => r.status === "CRASHED")) return "FAILED" as const;
  return "STARTING" as const;
}
