// worker:heartbeat: the worker is alive (lastSeenAt, the reaper's lease) and this is its
// load. The row keeps the latest sample and a short history for the Workers page's charts.
import { db } from "@/lib/db";
import type { TWorkerPayload } from "@/lib/protocol";
import { WORKERS_ROOM } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";

const HISTORY_KEPT = 40; // two minutes at one sample every 3 s

export async function recordHeartbeat(options: { workerId: string; teamId: string; heartbeat: TWorkerPayload<"worker:heartbeat"> }) {
  const { kernels: _kernels, ...sample } = options.heartbeat;
  const point = { ...sample, at: new Date().toISOString() };
  // ONLINE again if the reaper took it for gone while it was only slow: it is evidently here.
  await db.$executeRaw`
    UPDATE "Worker" SET
      "lastSeenAt" = ${new Date()},
      status = 'ONLINE',
      utilisation = jsonb_build_object(
        'latest', ${JSON.stringify(point)}::jsonb,
        'history', jsonb_path_query_array(
          COALESCE(utilisation -> 'history', '[]'::jsonb) || jsonb_build_array(${JSON.stringify(point)}::jsonb),
          ${`$[last-${HISTORY_KEPT - 1} to last]`}::jsonpath))
    WHERE id = ${options.workerId}`;
  publishToRoom(options.teamId, WORKERS_ROOM, "worker:changed", { workerId: options.workerId, status: "online", utilisation: point });
}
