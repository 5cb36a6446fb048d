// A worker's socket closed. Its kernels get a short grace (the reaper's) to come back through
// a reconnect; the row goes OFFLINE now, unless a newer connection already took over.
import { db } from "@/lib/db";
import { WORKERS_ROOM } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";

export async function markWorkerOffline(options: { workerId: string; teamId: string; connectedAt: Date }) {
  const { count } = await db.worker.updateMany({
    where: { id: options.workerId, connectedAt: options.connectedAt, status: "ONLINE" },
    data: { status: "OFFLINE", lastSeenAt: new Date() },
  });
  if (count) publishToRoom(options.teamId, WORKERS_ROOM, "worker:changed", { workerId: options.workerId, status: "offline" });
  return count > 0;
}
