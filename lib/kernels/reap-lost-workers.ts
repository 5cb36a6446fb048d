// The one lease check, on a small interval started with the socket server: a worker whose
// heartbeat stopped goes OFFLINE, and an OFFLINE worker's kernels are lost once its grace
// has passed (a reconnect within it keeps them), and so are its training jobs (queued again
// when they have retries left) and its endpoint replicas (placed again on another worker). Every change is a conditional UPDATE, so
// several replicas running this at once handle each worker and session once.
import { Prisma } from "@prisma/client";
import { WORKERS_ROOM } from "@/lib/protocol";
import { loseJobsOfGoneWorkers, retryQueuedJobs } from "@/lib/jobs/lose-jobs";
import { loseReplicasOfGoneWorkers, retryPendingReplicas } from "@/lib/endpoints/replicas/reconcile-worker-replicas";
import { db } from "@/lib/db";
import { queryPrepared } from "@/lib/db/prepared-query";
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

type TReaperWork = {
  hasSilentWorkers: boolean;
  hasGoneSessions: boolean;
  hasGoneJobs: boolean;
  hasGoneReplicas: boolean;
  hasQueuedSessions: boolean;
  hasQueuedJobs: boolean;
  hasPendingReplicas: boolean;
};

/** A cutoff as the timestamp columns hold it (UTC, no zone); null stays null. */
const atCutoff = (cutoff: Date | null) => Prisma.sql`(to_timestamp(${cutoff?.getTime() ?? null}::double precision / 1000) AT TIME ZONE 'UTC')`;

/** Which of the checks below have anything to do, in one prepared statement: on most ticks
 * nothing, and the seven Prisma queries the checks make cost the event loop (the gateway's
 * tail latency) about 7 ms a second. Each EXISTS is the WHERE of the check it guards. */
async function readReaperWork(staleCutoff: Date | null, graceCutoff: Date | null) {
  const [work] = await queryPrepared<TReaperWork>(Prisma.sql`
    SELECT
      EXISTS (SELECT 1 FROM "Worker" w WHERE w.status = 'ONLINE' AND w."lastSeenAt" < ${atCutoff(staleCutoff)}) AS "hasSilentWorkers",
      EXISTS (
        SELECT 1 FROM "Worker" w JOIN "KernelSession" s ON s."workerId" = w.id AND s.state IN ('STARTING', 'IDLE', 'BUSY', 'RESTARTING', 'DEAD')
        WHERE w.status = 'OFFLINE' AND w."lastSeenAt" < ${atCutoff(graceCutoff)}
      ) AS "hasGoneSessions",
      EXISTS (
        SELECT 1 FROM "Job" j LEFT JOIN "Worker" w ON w.id = j."workerId"
        WHERE j.status = 'RUNNING' AND ((w.status = 'OFFLINE' AND w."lastSeenAt" < ${atCutoff(graceCutoff)}) OR w.id IS NULL OR j."leaseExpiresAt" < (now() AT TIME ZONE 'UTC'))
      ) AS "hasGoneJobs",
      EXISTS (
        SELECT 1 FROM "EndpointReplica" r JOIN "Worker" w ON w.id = r."workerId"
        WHERE r.status IN ('STARTING', 'READY', 'CRASHED') AND w.status = 'OFFLINE' AND w."lastSeenAt" < ${atCutoff(graceCutoff)}
      ) AS "hasGoneReplicas",
      EXISTS (SELECT 1 FROM "KernelSession" s WHERE s.state = 'QUEUED') AS "hasQueuedSessions",
      EXISTS (SELECT 1 FROM "Job" j WHERE j.status = 'QUEUED') AS "hasQueuedJobs",
      EXISTS (
        SELECT 1 FROM "EndpointReplica" r JOIN "EndpointDeployment" d ON d.id = r."deploymentId"
        WHERE r.status = 'PENDING' AND d.status = 'LIVE'
      ) AS "hasPendingReplicas"`);
  return work;
}

export async function reapLostWorkers({ bootAt, staleAfterMs = HEARTBEAT_STALE_MS, graceMs = RECONNECT_GRACE_MS }: TReapOptions) {
  const now = Date.now();
  const staleCutoff = cutoff(now, staleAfterMs, bootAt);
  const graceCutoff = cutoff(now, graceMs, bootAt);
  const work = await readReaperWork(staleCutoff, graceCutoff);
  const silent = staleCutoff && work.hasSilentWorkers ? await markSilentWorkersOffline(staleCutoff) : 0;
  // A worker marked offline just now was silent for longer than the grace: its kernels, jobs
  // and replicas go in this same tick, though the probe saw it online.
  const lost = graceCutoff && (work.hasGoneSessions || silent > 0) ? await loseSessionsOfGoneWorkers(graceCutoff) : 0;
  // Leases ran out while this process was down too: judged only once workers had time to renew them.
  const lostJobs = graceCutoff && staleCutoff && (work.hasGoneJobs || silent > 0) ? await loseJobsOfGoneWorkers(graceCutoff) : 0;
  if (work.hasQueuedSessions || lost > 0) await retryQueuedSessions();
  const lostReplicas = graceCutoff && (work.hasGoneReplicas || silent > 0) ? await loseReplicasOfGoneWorkers(graceCutoff) : 0;
  if (work.hasQueuedJobs || lostJobs > 0) await retryQueuedJobs();
  if (work.hasPendingReplicas) await retryPendingReplicas();
  return { silent, lost, lostJobs, lostReplicas };
}

/** Runs reapLostWorkers every second until stopped. */
export function startWorkerReaper(options: Partial<TReapOptions> & { intervalMs?: number } = {}) {
  const bootAt = options.bootAt ?? new Date();
  return repeatTask({ name: "the worker lease check", intervalMs: options.intervalMs ?? 1_000, task: () => reapLostWorkers({ ...options, bootAt }) });
}
