// The one lease check, on a small interval started with the socket server: a worker whose
// heartbeat stopped goes OFFLINE, and an OFFLINE worker's kernels are lost once its grace
// has passed (a reconnect within it keeps them), and so are its training jobs (queued again
// when they have retries left) and its endpoint replicas (placed again on another worker). Every change is a conditional UPDATE, so
// several replicas running this at once handle each worker and session once.
import { WORKERS_ROOM } from "@/lib/protocol";
import { loseJobsOfGoneWorkers, retryQueuedJobs } from "@/lib/jobs/lose-jobs";
import { loseReplicasOfGoneWorkers, retryPendingReplicas } from "@/lib/endpoints/replicas/reconcile-worker-replicas";
import { db } from "@/lib/db";
import { getSocketServer, publishToRoom } from "@/lib/server/publish";
import { repeatTask } from "@/lib/server/repeat-task";
import { workerRoom } from "@/lib/workers/worker-rooms";
import { loseWorkerSessions } from "./lose-worker-sessions";
import { scheduleQueuedSessions } from "./schedule-sessions";

export const HEARTBEAT_STALE_MS = 10_000;
export const RECONNECT_GRACE_MS = 5_000;

type TReapOptions = {
  /** This process's start: time it was down does not count against workers (they reconnect). */
  bootAt: Date;
  staleAfterMs?: number;
  graceMs?: number;
};

async function markSilentWorkersOffline(since: Date) {
  const silent = await db.$queryRaw<Array<{ id: string; teamId: string }>>`
    UPDATE "Worker" SET status = 'OFFLINE'
    WHERE status = 'ONLINE' AND "lastSeenAt" < ${since}
    RETURNING id, "teamId"`;
  for (const worker of silent) {
    // Its socket may look connected while the process hangs: drop it, a live one reconnects.
    getSocketServer()?.of("/workers").in(workerRoom(worker.id)).disconnectSockets(true);
    publishToRoom(worker.teamId, WORKERS_ROOM, "worker:changed", { workerId: worker.id, status: "offline" });
  }
  return silent.length;
}

async function loseSessionsOfGoneWorkers(since: Date) {
  const gone = await db.$queryRaw<Array<{ id: string; hostname: string }>>`
    SELECT DISTINCT w.id, w.hostname FROM "Worker" w
    JOIN "KernelSession" s ON s."workerId" = w.id AND s.state IN ('STARTING', 'IDLE', 'BUSY', 'RESTARTING', 'DEAD')
    WHERE w.status = 'OFFLINE' AND w."lastSeenAt" < ${since}`;
  for (const worker of gone) await loseWorkerSessions({ workerId: worker.id, hostname: worker.hostname, what: "disconnected", isOnlyIfOffline: true });
  return gone.length;
}

async function retryQueuedSessions() {
  const teams = await db.kernelSession.findMany({ where: { state: "QUEUED" }, distinct: ["teamId"], select: { teamId: true } });
  for (const { teamId } of teams) await scheduleQueuedSessions(teamId);
}

/** "Seen before ms ago", counting from this process's start at the earliest; null: too soon. */
function cutoff(now: number, ms: number, bootAt: Date) {
  return bootAt.getTime() < now - ms ? new Date(now - ms) : null;
}

export async function reapLostWorkers({ bootAt, staleAfterMs = HEARTBEAT_STALE_MS, graceMs = RECONNECT_GRACE_MS }: TReapOptions) {
  const now = Date.now();
  const staleCutoff = cutoff(now, staleAfterMs, bootAt);
  const graceCutoff = cutoff(now, graceMs, bootAt);
  const silent = staleCutoff ? await markSilentWorkersOffline(staleCutoff) : 0;
  const lost = graceCutoff ? await loseSessionsOfGoneWorkers(graceCutoff) : 0;
  // Leases ran out while this process was down too: judged only once workers had time to renew them.
  const lostJobs = graceCutoff && staleCutoff ? await loseJobsOfGoneWorkers(graceCutoff) : 0;
  await retryQueuedSessions();
  const lostReplicas = graceCutoff ? await loseReplicasOfGoneWorkers(graceCutoff) : 0;
  await retryQueuedJobs();
  await retryPendingReplicas();
  return { silent, lost, lostJobs, lostReplicas };
}

/** Runs reapLostWorkers every second until stopped. */
export function startWorkerReaper(options: Partial<TReapOptions> & { intervalMs?: number } = {}) {
  const bootAt = options.bootAt ?? new Date();
  return repeatTask({ name: "the worker lease check", intervalMs: options.intervalMs ?? 1_000, task: () => reapLostWorkers({ ...options, bootAt }) });
}
