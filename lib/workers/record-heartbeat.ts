// worker:heartbeat: the worker is alive (lastSeenAt, the reaper's lease) and this is its
// load. The row keeps the latest sample and a short history for the Workers page's charts;
// every sample is also kept as a WorkerSample for a while, for the system charts of the runs
// logged on that worker.
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import type { TWorkerPayload } from "@/lib/protocol";
import { WORKERS_ROOM } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";

const HISTORY_KEPT = 40; // two minutes at one sample every 3 s

/** How long a worker's samples are kept: a run's system charts reach back this far. */
export const SAMPLES_KEPT_MS = 30 * 24 * 3600_000;
// A worker sends 28,800 samples a day. Deleting its old ones at every heartbeat would be an
// index probe every 3 s that finds nothing 1,199 times in 1,200; once an hour per worker and
// server process leaves at most an hour's (1,200) extra samples, and each delete takes the
// hour that expired, a small range of the primary key. (Deleting the worker deletes them all.)
const PRUNE_EVERY_MS = 3600_000;
const lastPrunedAt = new Map<string, number>();

function isPruneDue(workerId: string, now: number) {
  if (now - (lastPrunedAt.get(workerId) ?? 0) < PRUNE_EVERY_MS) return false;
  lastPrunedAt.set(workerId, now);
  return true;
}

export async function recordHeartbeat(options: { workerId: string; teamId: string; heartbeat: TWorkerPayload<"worker:heartbeat"> }) {
  // The load alone: the kernels and jobs it lists are for the reconcilers, not the charts.
  const { cpuPercent, memoryUsedBytes } = options.heartbeat;
  const gpus = options.heartbeat.gpus.map(({ index, utilisationPercent, memoryUsedBytes }) => ({ index, utilisationPercent, memoryUsedBytes }));
  const now = new Date();
  const point = { cpuPercent, memoryUsedBytes, gpus, at: now.toISOString() };
  const prune = isPruneDue(options.workerId, now.getTime())
    ? Prisma.sql`, pruned AS (DELETE FROM "WorkerSample" WHERE "workerId" = ${options.workerId} AND at < ${new Date(now.getTime() - SAMPLES_KEPT_MS)})`
    : Prisma.empty;
  // One statement, one round trip: the row's update, the sample (only for a worker that is
  // still there), and now and then the prune. ONLINE again if the reaper took it for gone
  // while it was only slow: it is evidently here.
  await db.$executeRaw`
    WITH worker AS (
      UPDATE "Worker" SET
        "lastSeenAt" = ${now},
        status = 'ONLINE',
        utilisation = jsonb_build_object(
          'latest', ${JSON.stringify(point)}::jsonb,
          'history', jsonb_path_query_array(
            COALESCE(utilisation -> 'history', '[]'::jsonb) || jsonb_build_array(${JSON.stringify(point)}::jsonb),
            ${`$[last-${HISTORY_KEPT - 1} to last]`}::jsonpath))
      WHERE id = ${options.workerId}
      RETURNING id)
    ${prune}
    INSERT INTO "WorkerSample" ("workerId", at, "cpuPercent", "memoryUsedBytes", gpus)
    SELECT id, ${now}, ${cpuPercent}, ${memoryUsedBytes}, ${JSON.stringify(gpus)}::jsonb FROM worker
    ON CONFLICT DO NOTHING`;
  publishToRoom(options.teamId, WORKERS_ROOM, "worker:changed", { workerId: options.workerId, status: "online", utilisation: point });
}
