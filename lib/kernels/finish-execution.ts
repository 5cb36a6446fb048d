// kernel:done from a worker: the execution's end and count, on the execution and (if it is
// the cell's latest run) on its cell. One statement; for a headless run's cell, the run
// settles and its next cell goes to the kernel.
import { Prisma } from "@prisma/client";
import { queryPrepared } from "@/lib/db/prepared-query";
import type { TWorkerPayload } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";
import { settleNotebookRun } from "@/lib/notebook-runs/settle-notebook-run";
import { dispatchExecutions } from "./dispatch-execution";
import { fromExecuteStatus, toExecutionStatusName } from "./kernel-states";

export async function finishExecution(workerId: string, done: TWorkerPayload<"kernel:done">) {
  const status = fromExecuteStatus(done.status);
  const rows = await queryPrepared<{ cellId: string; runId: string | null; notebookId: string; teamId: string }>(Prisma.sql`
    WITH finished AS (
      UPDATE "Execution" e
      SET status = ${status}::"ExecutionStatus", "executionCount" = ${done.executionCount}, "finishedAt" = (now() AT TIME ZONE 'UTC'),
          "startedAt" = COALESCE(e."startedAt", now() AT TIME ZONE 'UTC')
      FROM "KernelSession" s
      WHERE e.id = ${done.executionId} AND e."sessionId" = ${done.sessionId} AND s.id = e."sessionId"
        AND s."workerId" = ${workerId} AND e.status IN ('QUEUED', 'RUNNING')
      RETURNING e."cellId", e."queuedAt", e.id, e."runId", s."notebookId", s."teamId"
    ),
    counted AS (
      UPDATE "Cell" c SET "executionCount" = ${done.executionCount}
      FROM finished f
      WHERE c.id = f."cellId" AND NOT EXISTS (
        SELECT 1 FROM "Execution" later WHERE later."cellId" = c.id AND (later."queuedAt", later.id) > (f."queuedAt", f.id))
      RETURNING c.id
    )
    SELECT "cellId", "runId", "notebookId", "teamId" FROM finished`);
  const row = rows[0];
  if (!row) return; // already ended (lost, dead, stopped) or not this worker's
  publishToRoom(row.teamId, { kind: "notebook", id: row.notebookId }, "notebook:execution", {
    notebookId: row.notebookId,
    cellId: row.cellId,
    executionId: done.executionId,
    status: toExecutionStatusName(status),
    executionCount: done.executionCount,
  });
  if (!row.runId) return;
  const next = await settleNotebookRun(row.runId, { endedExecutionId: done.executionId });
  if (next) dispatchExecutions([next]);
}
