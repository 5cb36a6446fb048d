// Where a request for an endpoint goes: its live deployments with their traffic shares and the
// replicas ready to answer (on online workers). Read with one prepared statement and cached
// for a second (route-cache): the gateway's hot path does not touch the database.
import { Prisma } from "@prisma/client";
import { queryPrepared } from "@/lib/db/prepared-query";
import type { TModelSignature } from "@/lib/models/schemas";
import { forgetCachedRoute, readCachedRoute, writeCachedRoute } from "../route-cache";

export type TRouteReplica = { id: string; url: string; secret: string };
export type TRouteDeployment = {
  id: string;
  trafficPercent: number;
  modelName: string;
  versionNumber: number;
  flavor: string;
  signature: TModelSignature | null;
  replicas: TRouteReplica[];
  /** Replicas placed but not ready (starting, crashed and restarting): a 503 says so. */
  waitingReplicas: number;
};
export type TEndpointRoute = { endpointId: string; teamId: string; name: string; capturePercent: number; rollbackErrorRate: number; deployments: TRouteDeployment[] };

type TRow = {
  endpointId: string;
  capturePercent: number;
  rollbackErrorRate: number;
  deploymentId: string | null;
  trafficPercent: number;
  modelName: string;
  versionNumber: number;
  flavor: string;
  signature: TModelSignature | null;
  replicaId: string | null;
  url: string | null;
  secret: string | null;
  isReady: boolean;
};

async function readRoute(teamId: string, name: string): Promise<TEndpointRoute | null> {
  const rows = await queryPrepared<TRow>(Prisma.sql`
    SELECT e.id AS "endpointId", e."capturePercent", e."rollbackErrorRate", d.id AS "deploymentId", d."trafficPercent",
      m.name AS "modelName", v.number AS "versionNumber", v.flavor, v.signature, r.id AS "replicaId", r.url, r.secret,
      (r.status = 'READY' AND w.status = 'ONLINE') AS "isReady"
    FROM "Endpoint" e
    LEFT JOIN "EndpointDeployment" d ON d."endpointId" = e.id AND d.status = 'LIVE'
    LEFT JOIN "ModelVersion" v ON v.id = d."modelVersionId"
    LEFT JOIN "RegisteredModel" m ON m.id = v."modelId"
    LEFT JOIN "EndpointReplica" r ON r."deploymentId" = d.id AND r.status <> 'STOPPED'
    LEFT JOIN "Worker" w ON w.id = r."workerId"
    WHERE e."teamId" = ${teamId} AND e.name = ${name}
    ORDER BY d."createdAt", r.id`);
  if (rows.length === 0) return null;
  const deployments = new Map<string, TRouteDeployment>();
  for (const row of rows) {
    if (!row.deploymentId) continue;
    let deployment = deployments.get(row.deploymentId);
    if (!deployment) {
      deployment = { id: row.deploymentId, trafficPercent: row.trafficPercent, modelName: row.modelName, versionNumber: row.versionNumber, flavor: row.flavor, signature: row.signature, replicas: [], waitingReplicas: 0 };
      deployments.set(row.deploymentId, deployment);
    }
    if (row.isReady && row.url && row.replicaId && row.secret) deployment.replicas.push({ id: row.replicaId, url: row.url, secret: row.secret });
    else if (row.replicaId) deployment.waitingReplicas += 1;
  }
  const [first] = rows;
  return { endpointId: first.endpointId, teamId, name, capturePercent: first.capturePercent, rollbackErrorRate: first.rollbackErrorRate, deployments: [...deployments.values()] };
}

/** The promise is what is cached: the requests that arrive while it is read wait for that one
 * read, instead of each sending its own (500 of them a second, queued on a pool of 4). */
export function loadEndpointRoute(teamId: string, name: string) {
  const key = `${teamId}/${name}`;
  const cached = readCachedRoute<Promise<TEndpointRoute | null>>(key);
  if (cached !== undefined) return cached;
  const route = readRoute(teamId, name);
  writeCachedRoute(key, route);
  route.catch(() => forgetCachedRoute(key));
  return route;
}
