// The team's endpoints with their status and the versions they serve.
import { authorizeInTeam } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { endpointStatus } from "./get-endpoint";

export async function findEndpoints(actor: TActor | null) {
  const { teamId } = authorizeInTeam(actor, "endpoint.read");
  const endpoints = await db.endpoint.findMany({
    where: { teamId },
    orderBy: { name: "asc" },
    include: {
      deployments: {
        where: { status: "LIVE" },
        orderBy: { createdAt: "asc" },
        include: { modelVersion: { select: { number: true, model: { select: { name: true } } } }, replicas: { where: { status: { not: "STOPPED" } }, select: { status: true } } },
      },
    },
  });
  return endpoints.map((e) => ({
    id: e.id,
    name: e.name,
    status: endpointStatus(e.deployments),
    versions: e.deployments.map((d) => ({ model: d.modelVersion.model.name, number: d.modelVersion.number, trafficPercent: d.trafficPercent })),
    replicas: e.deployments.reduce((sum, d) => sum + d.replicas.length, 0),
    createdAt: e.createdAt,
  }));
}
export type TEndpointSummary = Awaited<ReturnType<typeof findEndpoints>>[number];
