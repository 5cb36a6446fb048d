// kernel:done from a worker: the execution's end and count, on the execution and (if it is
// the cell's latest run) on its cell. One statement.
import { db } from "@/lib/db";
import type { TWorkerPayload } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";
import { fromExecuteStatus, toExecutionStatusName } from "./kernel-states";

export async function finishExecution(workerId: string, done: TWorkerPayload<"kernel:done">) {
  const status = fromExecuteStatus(done.status);
  const rows = await db.$queryRaw<Array<{ cellId: string; notebookId: string; teamId: string }>>`
    WITH finished AS (
      UPDATE "Execution" e
      SET status = ${status}::"ExecutionStatus", "executionCount" = ${done.executionCount}, "finishedAt" = (now() AT TIME ZONE 'UTC'),
          "startedAt" = COALESCE(e."startedAt", now() AT TIME ZONE 'UTC')
      FROM "KernelSession" s
      WHERE e.id = ${done.executionId} AND e."sessionId" = ${done.sessionId} AND s.id = e."sessionId"
        AND s."workerId" = ${workerId} AND e.status IN ('QUEUED', 'RUNNING')
      RETURNING e."cellId", e."queuedAt", e.id, s."notebookId", s."teamId"
    ),
    counted AS (
      UPDATE "Cell" c SET "executionCount" = ${done.executionCount}
      FROM finished f
      WHERE c.id = f."cellId" AND NOT EXISTS (
        SELECT 1 FROM "Execution" later WHERE later."cellId" = c.id AND (later."queuedAt", later.id) > (f."queuedAt", f.id))
      RETURNING c.id
    )
    SELECT "cellId", "notebookId", "teamId" FROM finished`;
  const row = rows[0];
  if (!row) return; // already ended (lost, dead, stopped) or not this worker's
  publishToRoom(row.teamId, { kind: "notebook", id: row.notebookId }, "notebook:execution", {
    notebookId: row.notebookId,
    cellId: row.cellId,
    executionId: done.executionId,
    status: toExecutionStatusName(status),
    executionCount: done.executionCount,
  });
}
