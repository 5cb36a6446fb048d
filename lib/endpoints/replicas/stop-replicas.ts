// Stops the replicas of retired deployments: the rows first (the gateway stops sending them
// requests), then the processes on their workers.
import { db } from "@/lib/db";
import { sendWorkerCommand } from "@/lib/workers/send-worker-command";

export async function stopDeploymentReplicas(deploymentIds: string[]) {
  const replicas = await db.endpointReplica.findMany({ where: { deploymentId: { in: deploymentIds }, status: { not: "STOPPED" } }, select: { id: true, workerId: true } });
  await db.endpointReplica.updateMany({ where: { id: { in: replicas.map((r) => r.id) } }, data: { status: "STOPPED", url: null, reason: "Stopped." } });
  await Promise.all(replicas.filter((r) => r.workerId).map((r) => sendWorkerCommand(r.workerId!, "replica:stop", { replicaId: r.id })));
}
