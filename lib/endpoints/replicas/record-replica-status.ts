// A worker says how a replica's model server is doing. Only the worker the replica is placed
// on is heard: a late message from a worker that lost it changes nothing.
import type { ReplicaStatus } from "@prisma/client";
import { db } from "@/lib/db";
import type { TReplicaStatus } from "@/lib/protocol";
import { publishEndpointChange } from "../publish-endpoint";

const STATUS_OF: Record<TReplicaStatus["state"], ReplicaStatus> = { starting: "STARTING", ready: "READY", crashed: "CRASHED", stopped: "STOPPED" };

export async function recordReplicaStatus(workerId: string, status: TReplicaStatus) {
  const replica = await db.endpointReplica.findFirst({ where: { id: status.replicaId, workerId }, select: { teamId: true, status: true, deployment: { select: { endpointId: true } } } });
  if (!replica || replica.status === "STOPPED" || replica.status === "PENDING") return { isRecorded: false };
  await db.endpointReplica.update({
    where: { id: status.replicaId },
    data: {
      status: STATUS_OF[status.state],
      url: status.state === "ready" ? status.url : null,
      restarts: status.restarts,
      reason: status.state === "ready" ? null : (status.reason ?? null),
    },
  });
  publishEndpointChange(replica.teamId, replica.deployment.endpointId);
  return { isRecorded: true };
}
