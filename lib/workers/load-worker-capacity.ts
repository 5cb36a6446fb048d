// What each online worker of a team has and what is using it: its GPUs and job slots, the
// kernels, jobs and endpoint replicas that hold them. They share a worker's GPUs, so the schedulers
// read this under the same advisory lock (lockWorkerScheduling), and never promise a GPU twice.
import type { Prisma } from "@prisma/client";
import { ZCapabilities } from "@/lib/protocol";
import type { TWorkerLoad } from "@/lib/kernels/choose-worker";

export type TWorkerCapacity = TWorkerLoad & { jobSlots: number; liveJobs: number };

export async function lockWorkerScheduling(tx: Prisma.TransactionClient, teamId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`worker-schedule:${teamId}`}))`;
}

export async function loadWorkerCapacity(tx: Prisma.TransactionClient, teamId: string): Promise<TWorkerCapacity[]> {
  const rows = await tx.$queryRaw<Array<{ id: string; hostname: string; capabilities: unknown; liveSessions: number; liveJobs: number; gpusInUse: number }>>`
    SELECT w.id, w.hostname, w.capabilities,
      COALESCE(s.count, 0)::int AS "liveSessions", COALESCE(j.count, 0)::int AS "liveJobs",
      (COALESCE(s.gpus, 0) + COALESCE(j.gpus, 0) + COALESCE(r.gpus, 0))::int AS "gpusInUse"
    FROM "Worker" w
    -- A kernel counts as load while it may run; a dead one holds no GPU.
    LEFT JOIN (SELECT "workerId", COUNT(*) AS count, SUM(gpus) AS gpus FROM "KernelSession"
      WHERE state IN ('STARTING', 'IDLE', 'BUSY', 'RESTARTING') GROUP BY "workerId") s ON s."workerId" = w.id
    LEFT JOIN (SELECT "workerId", COUNT(*) AS count, SUM(gpus) AS gpus FROM "Job"
      WHERE status = 'RUNNING' GROUP BY "workerId") j ON j."workerId" = w.id
    LEFT JOIN (SELECT r."workerId", SUM(d.gpus) AS gpus FROM "EndpointReplica" r JOIN "EndpointDeployment" d ON d.id = r."deploymentId"
      WHERE r.status IN ('STARTING', 'READY', 'CRASHED') GROUP BY r."workerId") r ON r."workerId" = w.id
    WHERE w."teamId" = ${teamId} AND w.status = 'ONLINE'`;
  return rows.map((row) => {
    const capabilities = ZCapabilities.safeParse(row.capabilities);
    return {
      id: row.id,
      hostname: row.hostname,
      liveSessions: row.liveSessions,
      liveJobs: row.liveJobs,
      gpusInUse: row.gpusInUse,
      gpuCount: capabilities.success ? capabilities.data.gpus.length : 0,
      jobSlots: capabilities.success ? capabilities.data.jobSlots : 0,
    };
  });
}
