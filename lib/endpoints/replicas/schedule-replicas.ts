// Places a team's pending replicas on online workers and starts their model servers. A worker
// fits when it has the GPUs free (kernels, jobs and replicas share them); replicas of one
// deployment spread over workers first, so that losing one machine leaves the others serving.
// Rows are taken with FOR UPDATE SKIP LOCKED under the team's scheduling lock.
import { db } from "@/lib/db";
import { loadWorkerCapacity, lockWorkerScheduling } from "@/lib/workers/load-worker-capacity";
import { launchReplica } from "./launch-replica";

type TPending = { id: string; deploymentId: string; gpus: number };

export async function schedulePendingReplicas(teamId: string) {
  const claims = await db.$transaction(async (tx) => {
    await lockWorkerScheduling(tx, teamId);
    const pending = await tx.$queryRaw<TPending[]>`
      SELECT r.id, r."deploymentId", d.gpus FROM "EndpointReplica" r JOIN "EndpointDeployment" d ON d.id = r."deploymentId"
      WHERE r."teamId" = ${teamId} AND r.status = 'PENDING' AND d.status = 'LIVE'
      ORDER BY r.id FOR UPDATE OF r SKIP LOCKED`;
    if (pending.length === 0) return [];
    const workers = await loadWorkerCapacity(tx, teamId);
    const placed = await tx.endpointReplica.findMany({
      where: { teamId, status: { in: ["STARTING", "READY", "CRASHED"] }, workerId: { not: null } },
      select: { workerId: true, deploymentId: true },
    });
    const claimed: Array<{ replicaId: string; workerId: string; hostname: string }> = [];
    for (const replica of pending) {
      const countOn = (workerId: string, deploymentId?: string) => placed.filter((p) => p.workerId === workerId && (!deploymentId || p.deploymentId === deploymentId)).length;
      const fitting = workers.filter((w) => w.gpuCount - w.gpusInUse >= replica.gpus);
      fitting.sort((a, b) => countOn(a.id, replica.deploymentId) - countOn(b.id, replica.deploymentId) || countOn(a.id) - countOn(b.id) || a.hostname.localeCompare(b.hostname));
      const worker = fitting[0];
      if (!worker) {
        const reason = workers.length === 0 ? "No worker is online; waiting for one." : `No online worker has ${replica.gpus} GPU(s) free; waiting.`;
        await tx.endpointReplica.update({ where: { id: replica.id }, data: { reason } });
        continue;
      }
      worker.gpusInUse += replica.gpus;
      placed.push({ workerId: worker.id, deploymentId: replica.deploymentId });
      await tx.endpointReplica.update({ where: { id: replica.id }, data: { status: "STARTING", workerId: worker.id, url: null, reason: `Starting on ${worker.hostname}.` } });
      claimed.push({ replicaId: replica.id, workerId: worker.id, hostname: worker.hostname });
    }
    return claimed;
  });
  for (const claim of claims) {
    launchReplica(claim).catch((error) => console.error(`[endpoints] could not launch replica ${claim.replicaId}`, error));
  }
  return claims;
}
