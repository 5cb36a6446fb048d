// Makes an endpoint serving one model version with N replicas, each placed on a worker that
// fits. The endpoint answers once a replica is ready; until then requests get a clear 503.
import { randomBytes } from "node:crypto";
import { authorizeInTeam } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { findDeployableVersion } from "./find-deployable-version";
import { publishEndpointChange } from "./publish-endpoint";
import { schedulePendingReplicas } from "./replicas/schedule-replicas";
import type { TCreateEndpointBody } from "./schemas";

export function replicaRows(teamId: string, count: number) {
  return Array.from({ length: count }, () => ({ teamId, secret: randomBytes(24).toString("base64url") }));
}

export async function createEndpoint(actor: TActor | null, input: TCreateEndpointBody) {
  const caller = authorizeInTeam(actor, "endpoint.manage");
  const version = await findDeployableVersion(caller, input);
  const taken = await db.endpoint.findUnique({ where: { teamId_name: { teamId: caller.teamId, name: input.name } }, select: { id: true } });
  if (taken) throw new AppError("conflict", `An endpoint named "${input.name}" exists already.`, { name: ["This name is taken."] });
  const endpoint = await db.endpoint.create({
    data: {
      teamId: caller.teamId,
      name: input.name,
      capturePercent: input.capturePercent,
      createdById: caller.userId,
      deployments: {
        create: { modelVersionId: version.id, trafficPercent: 100, replicaCount: input.replicas, gpus: input.gpus, replicas: { create: replicaRows(caller.teamId, input.replicas) } },
      },
    },
  });
  publishEndpointChange(caller.teamId, endpoint.id);
  await schedulePendingReplicas(caller.teamId);
  return { id: endpoint.id, name: endpoint.name };
}
