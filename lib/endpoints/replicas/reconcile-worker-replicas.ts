// What a worker runs against what the studio placed on it, at hello and every heartbeat:
// a replica it no longer runs (it restarted) is queued again for any worker; one it runs that
// the studio retired (stopped while it was away) is stopped there.
import { db } from "@/lib/db";
import type { TRunningReplicas } from "@/lib/protocol";
import { sendWorkerCommand } from "@/lib/workers/send-worker-command";
import { publishEndpointChange } from "../publish-endpoint";
import { schedulePendingReplicas } from "./schedule-replicas";

// A start is sent before the worker's next heartbeat lists it: give it that long to appear.
const START_GRACE_MS = 10_000;

export async function reconcileWorkerReplicas(options: { workerId: string; teamId: string; hostname: string; replicas: TRunningReplicas }) {
  const listed = new Set(options.replicas.map((r) => r.replicaId));
  const placed = await db.endpointReplica.findMany({
    where: { workerId: options.workerId, status: { in: ["STARTING", "READY", "CRASHED"] } },
    select: { id: true, updatedAt: true, deployment: { select: { endpointId: true } } },
  });
  const startedBefore = Date.now() - START_GRACE_MS;
  const vanished = placed.filter((r) => !listed.has(r.id) && r.updatedAt.getTime() < startedBefore);
  if (vanished.length) {
    await db.endpointReplica.updateMany({
      where: { id: { in: vanished.map((r) => r.id) }, workerId: options.workerId },
      data: { status: "PENDING", workerId: null, url: null, reason: `${options.hostname} no longer runs it (the worker restarted?); placing it again.` },
    });
    for (const endpointId of new Set(vanished.map((r) => r.deployment.endpointId))) publishEndpointChange(options.teamId, endpointId);
    await schedulePendingReplicas(options.teamId);
  }
  const placedIds = new Set(placed.map((r) => r.id));
  for (const orphan of options.replicas.filter((r) => !placedIds.has(r.replicaId))) {
    await sendWorkerCommand(options.workerId, "replica:stop", { replicaId: orphan.replicaId });
  }
}

/** Replicas on workers offline since before `since`: queued again, for another worker. */
export async function loseReplicasOfGoneWorkers(since: Date) {
  const lost = await db.$queryRaw<Array<{ teamId: string; endpointId: string }>>`
    UPDATE "EndpointReplica" r SET status = 'PENDING', "workerId" = NULL, url = NULL, reason = 'Its worker ' || w.hostname || ' went offline; placing it again.', "updatedAt" = now()
    FROM "Worker" w, "EndpointDeployment" d
    WHERE w.id = r."workerId" AND d.id = r."deploymentId" AND r.status IN ('STARTING', 'READY', 'CRASHED') AND w.status = 'OFFLINE' AND w."lastSeenAt" < ${since}
    RETURNING r."teamId", d."endpointId"`;
  for (const { teamId, endpointId } of lost) publishEndpointChange(teamId, endpointId);
  for (const teamId of new Set(lost.map((r) => r.teamId))) await schedulePendingReplicas(teamId);
  return lost.length;
}

/** Teams with replicas waiting: tried again on the reaper's tick (a worker may fit now). */
export async function retryPendingReplicas() {
  const teams = await db.endpointReplica.findMany({ where: { status: "PENDING", deployment: { status: "LIVE" } }, distinct: ["teamId"], select: { teamId: true } });
  for (const { teamId } of teams) await schedulePendingReplicas(teamId);
}
