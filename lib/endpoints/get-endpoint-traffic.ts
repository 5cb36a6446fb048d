// An endpoint's traffic over the last minutes, second by second and per deployment: what the
// console's charts start from before live seconds arrive. The request log: its latest kept
// requests (sampled ones and every failure).
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedEndpoint } from "./find-authorized-endpoint";

export async function getEndpointTraffic(actor: TActor | null, endpointId: string, minutes: number) {
  await findAuthorizedEndpoint(actor, "endpoint.read", endpointId);
  const since = new Date(Date.now() - minutes * 60_000);
  const seconds = await db.endpointStat.findMany({ where: { endpointId, at: { gte: since } }, orderBy: { at: "asc" }, take: 20_000 });
  return { seconds: seconds.map(({ deploymentId, at, requests, errors, p50Ms, p95Ms, p99Ms }) => ({ deploymentId, at, requests, errors, p50Ms, p95Ms, p99Ms })) };
}

export async function findEndpointRequests(actor: TActor | null, endpointId: string) {
  await findAuthorizedEndpoint(actor, "endpoint.read", endpointId);
  const requests = await db.endpointRequest.findMany({ where: { endpointId }, orderBy: { id: "desc" }, take: 50 });
  return {
    requests: requests.map((r) => ({ id: String(r.id), at: r.at, deploymentId: r.deploymentId, protocol: r.protocol, status: r.status, latencyMs: r.latencyMs, error: r.error, inputs: r.inputs, outputs: r.outputs })),
  };
}
