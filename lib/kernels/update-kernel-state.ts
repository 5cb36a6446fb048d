// kernel:status from a worker: busy (with the execution it started), idle, restarting, dead.
// Only a session that has started on this very worker changes; a start-up or a stop decided
// by the server is not overridden by a late message. One statement in the usual case.
import { Prisma, type KernelState } from "@prisma/client";
import { queryPrepared } from "@/lib/db/prepared-query";
import type { TWorkerPayload } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";
import { settleNotebookRun } from "@/lib/notebook-runs/settle-notebook-run";
import { endOpenRuns } from "@/lib/runs/end-open-runs";
import { endInFlightExecutions } from "./end-executions";
import { publishKernel } from "./notebook-kernel";

const FROM_WORKER: Record<TWorkerPayload<"kernel:status">["state"], KernelState | null> = {
  starting: null, // start-up is the server's to track (kernel:start's ack)
  idle: "IDLE",
  busy: "BUSY",
  restarting: "RESTARTING",
  dead: "DEAD",
};

type TChanged = { notebookId: string; teamId: string; changed: boolean; started: string | null; cellId: string | null; runId: string | null };

export async function updateKernelState(worker: { workerId: string; hostname: string }, status: TWorkerPayload<"kernel:status">) {
  const state = FROM_WORKER[status.state];
  if (!state) return;
  const reason = state === "DEAD" ? (status.reason ?? "The kernel died.") : null;
  const executionId = state === "BUSY" ? (status.executionId ?? null) : null;
  const rows = await queryPrepared<TChanged>(Prisma.sql`
    WITH before AS (
      SELECT id, state FROM "KernelSession"
      WHERE id = ${status.sessionId} AND "workerId" = ${worker.workerId} AND state IN ('IDLE', 'BUSY', 'RESTARTING', 'DEAD')
    ),
    session AS (
      UPDATE "KernelSession" ks SET state = ${state}::"KernelState", reason = ${reason}, "updatedAt" = (now() AT TIME ZONE 'UTC')
      FROM before WHERE ks.id = before.id
      RETURNING ks."notebookId", ks."teamId", before.state <> ks.state AS changed
    ),
    started AS (
      UPDATE "Execution" e SET status = 'RUNNING', "startedAt" = (now() AT TIME ZONE 'UTC')
      FROM before WHERE e.id = ${executionId}::text AND e."sessionId" = before.id AND e.status = 'QUEUED'
      RETURNING e.id, e."cellId", e."runId"
    )
    SELECT session."notebookId", session."teamId", session.changed,
      (SELECT id FROM started) AS started, (SELECT "cellId" FROM started) AS "cellId", (SELECT "runId" FROM started) AS "runId"
    FROM session`);
  const row = rows[0];
  if (!row) return;
  if (state === "DEAD") {
    await endInFlightExecutions({
      where: { sessionId: status.sessionId },
      status: "DEAD",
      explain: (hadStarted) => ({
        ename: "DeadKernelError",
        evalue: hadStarted ? `The kernel died while this cell ran (${reason}).` : `The kernel died before this cell ran (${reason}).`,
      }),
    });
  }
  // The kernel that logged the notebook's open runs is gone.
  if (row.changed && (state === "DEAD" || state === "RESTARTING")) await endOpenRuns({ notebookId: row.notebookId });
  if (row.changed || state === "DEAD") publishKernel(row.teamId, row.notebookId, { state: status.state, workerHostname: worker.hostname, reason });
  if (row.started && row.cellId) {
    publishToRoom(row.teamId, { kind: "notebook", id: row.notebookId }, "notebook:execution", {
      notebookId: row.notebookId,
      cellId: row.cellId,
      executionId: row.started,
      status: "running",
      executionCount: null,
    });
  }
  // A headless run is running once its first cell is (its time limit counts from then).
  if (row.runId) await settleNotebookRun(row.runId);
}
