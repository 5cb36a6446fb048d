// Places a team's queued kernel sessions on its online workers, oldest first. Runs under a
// per-team advisory lock (shared with training jobs), so that two replicas scheduling at once
// never promise the same GPU twice; the sessions left waiting get a fresh reason and queue position.
import { db } from "@/lib/db";
import { loadWorkerCapacity, lockWorkerScheduling } from "@/lib/workers/load-worker-capacity";
import { chooseWorker, describeWait } from "./choose-worker";

export type TClaim = { sessionId: string; teamId: string; notebookId: string; gpus: number; workerId: string; hostname: string };
export type TWaiting = { sessionId: string; notebookId: string; reason: string; isChanged: boolean };

export async function claimQueuedSessions(teamId: string) {
  return db.$transaction(async (tx) => {
    await lockWorkerScheduling(tx, teamId);
    const queued = await tx.kernelSession.findMany({
      where: { teamId, state: "QUEUED" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, notebookId: true, gpus: true, reason: true },
    });
    if (queued.length === 0) return { claimed: [] as TClaim[], waiting: [] as TWaiting[] };
    const workers = await loadWorkerCapacity(tx, teamId);
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
