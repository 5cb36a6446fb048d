// Places a team's queued kernel sessions on its online workers, oldest first. Runs under a
// per-team advisory lock, so that two replicas scheduling at once never promise the same
// GPU twice; the sessions left waiting get a fresh reason and queue position.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { ZCapabilities } from "@/lib/protocol";
import { chooseWorker, describeWait, type TWorkerLoad } from "./choose-worker";

export type TClaim = { sessionId: string; teamId: string; notebookId: string; gpus: number; workerId: string; hostname: string };
export type TWaiting = { sessionId: string; notebookId: string; reason: string; isChanged: boolean };

async function loadWorkers(tx: Prisma.TransactionClient, teamId: string): Promise<TWorkerLoad[]> {
  const rows = await tx.$queryRaw<Array<{ id: string; hostname: string; capabilities: unknown; liveSessions: number; gpusInUse: number }>>`
    SELECT w.id, w.hostname, w.capabilities,
      COUNT(s.id)::int AS "liveSessions", COALESCE(SUM(s.gpus), 0)::int AS "gpusInUse"
    FROM "Worker" w
    -- A kernel counts as load while it may run; a dead one holds no GPU.
    LEFT JOIN "KernelSession" s ON s."workerId" = w.id AND s.state IN ('STARTING', 'IDLE', 'BUSY', 'RESTARTING')
    WHERE w."teamId" = ${teamId} AND w.status = 'ONLINE'
    GROUP BY w.id`;
  return rows.map((row) => {
    const capabilities = ZCapabilities.safeParse(row.capabilities);
    return { ...row, gpuCount: capabilities.success ? capabilities.data.gpus.length : 0 };
  });
}

export async function claimQueuedSessions(teamId: string) {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`kernel-schedule:${teamId}`}))`;
    const queued = await tx.kernelSession.findMany({
      where: { teamId, state: "QUEUED" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, notebookId: true, gpus: true, reason: true },
    });
    if (queued.length === 0) return { claimed: [] as TClaim[], waiting: [] as TWaiting[] };
    const workers = await loadWorkers(tx, teamId);
    const claimed: TClaim[] = [];
    const waiting: TWaiting[] = [];
    for (const session of queued) {
      const worker = chooseWorker(workers, session.gpus);
      if (!worker) {
        const reason = describeWait(workers, session.gpus, waiting.length + 1);
        waiting.push({ sessionId: session.id, notebookId: session.notebookId, reason, isChanged: reason !== session.reason });
        continue;
      }
      worker.liveSessions += 1;
      worker.gpusInUse += session.gpus;
      await tx.kernelSession.update({ where: { id: session.id }, data: { state: "STARTING", workerId: worker.id, reason: null } });
      claimed.push({ sessionId: session.id, teamId, notebookId: session.notebookId, gpus: session.gpus, workerId: worker.id, hostname: worker.hostname });
    }
    for (const wait of waiting.filter((w) => w.isChanged)) {
      await tx.kernelSession.update({ where: { id: wait.sessionId }, data: { reason: wait.reason } });
    }
    return { claimed, waiting };
  });
}
