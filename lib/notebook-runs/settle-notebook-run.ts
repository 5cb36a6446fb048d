// A headless run's state follows its cells' executions; this is called whenever one of them
// starts or ends. Its cells go to the kernel one at a time, as nbconvert sends them: the
// kernel's "done" for one returns the next to send (each execution ends once, so each is
// sent once; launch-session.ts sends the first). Sent all at once, a cell that reached the
// kernel after an error had been handled would still run: ipykernel aborts only the
// requests already waiting when the error happens.
//
//   QUEUED ──first cell starts──▶ RUNNING ──every cell ended (ok, or errors allowed)──▶ SUCCEEDED
//     │                             ├─ timeoutSeconds since its first cell started ─▶ TIMED_OUT
//     ├─────────────────────────────┼─ a cell errors (stopOnError), the kernel dies or fails to start ─▶ FAILED
//     ├─────────────────────────────┼─ its worker is lost ─▶ LOST
//     └─────────────────────────────┴─ its kernel is restarted or shut down, or it is cancelled ─▶ CANCELLED
//
// Every change is conditional on the run not having ended, so each happens once whichever
// event (or replica) gets there first; the cells it will not run end ABORTED.
import type { ExecutionStatus, KernelState, NotebookRunStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { announceEndedExecution } from "@/lib/kernels/end-execution";
import type { TDispatch } from "@/lib/kernels/dispatch-execution";
import { READY_STATES } from "@/lib/kernels/kernel-states";
import { ACTIVE_RUN_STATUSES, type TRunError } from "./run-states";

type TRunProgress = {
  status: NotebookRunStatus;
  sessionId: string;
  sessionState: KernelState;
  workerId: string | null;
  hostname: string | null;
  inFlight: number;
  endingCellId: string | null;
  endingStatus: ExecutionStatus | null;
  nextId: string | null;
  nextCode: string | null;
};

/** One round trip: the run, its kernel, and what its executions say. */
async function readRunProgress(runId: string, endedExecutionId: string | null) {
  const rows = await db.$queryRaw<TRunProgress[]>`
    SELECT r.status, r."sessionId", s.state AS "sessionState", s."workerId", w.hostname,
      counts."inFlight",
      ending."cellId" AS "endingCellId", ending.status AS "endingStatus", following.id AS "nextId", following.code AS "nextCode"
    FROM "NotebookRun" r
    JOIN "KernelSession" s ON s.id = r."sessionId"
    LEFT JOIN "Worker" w ON w.id = s."workerId"
    LEFT JOIN LATERAL (
      SELECT COUNT(*) FILTER (WHERE e.status IN ('QUEUED', 'RUNNING'))::int AS "inFlight"
      FROM "Execution" e WHERE e."runId" = r.id
    ) counts ON true
    LEFT JOIN LATERAL (
      SELECT e."cellId", e.status FROM "Execution" e
      WHERE e."runId" = r.id AND (e.status IN ('DEAD', 'LOST', 'ABORTED') OR (e.status = 'ERROR' AND r."stopOnError"))
      ORDER BY e."queuedAt", e.id LIMIT 1
    ) ending ON true
    LEFT JOIN LATERAL (
      SELECT e.id, e.code, e.status FROM "Execution" e, "Execution" ended
      WHERE ended.id = ${endedExecutionId}::text AND ended."runId" = r.id AND e."runId" = r.id
        AND (e."queuedAt", e.id) > (ended."queuedAt", ended.id)
      ORDER BY e."queuedAt", e.id LIMIT 1
    ) following ON following.status = 'QUEUED'
    WHERE r.id = ${runId}`;
  return rows[0] ?? null;
}

const ENDED_BY: Partial<Record<ExecutionStatus, { status: NotebookRunStatus; fallback: TRunError }>> = {
  ERROR: { status: "FAILED", fallback: { ename: "Error", evalue: "The cell raised an error." } },
  DEAD: { status: "FAILED", fallback: { ename: "DeadKernelError", evalue: "The kernel died while this cell ran." } },
  LOST: { status: "LOST", fallback: { ename: "WorkerLost", evalue: "The worker running this notebook was lost." } },
  ABORTED: {
    status: "CANCELLED",
    fallback: { ename: "Aborted", evalue: "This cell did not run: the kernel was restarted or shut down, or skipped it after an error." },
  },
};

/** The error the cell shows (the kernel's own, or the studio's note on a lost worker or dead kernel). */
async function readCellError(cellId: string) {
  const output = await db.output.findFirst({ where: { cellId, msgType: "error" }, orderBy: { seq: "desc" }, select: { content: true } });
  const content = output?.content as { ename?: unknown; evalue?: unknown } | undefined;
  if (typeof content?.ename !== "string" || typeof content.evalue !== "string") return null;
  return { ename: content.ename, evalue: content.evalue };
}

/** Ends the run if it has not ended yet; the cells it will not run end ABORTED. One statement,
 * so nobody reads the run ended while one of its cells is still queued. */
export async function endNotebookRun(options: { runId: string; status: NotebookRunStatus; error: TRunError | null; cellId: string | null }) {
  const { runId, status, error, cellId } = options;
  // The queued cells were never sent to the kernel (sent one at a time), so nothing else will end them.
  const rows = await db.$queryRaw<Array<{ executionId: string | null; cellId: string | null; notebookId: string | null; teamId: string | null }>>`
    WITH ended AS (
      UPDATE "NotebookRun" SET status = ${status}::"NotebookRunStatus", "finishedAt" = (now() AT TIME ZONE 'UTC'),
        "errorCellId" = ${cellId}, "errorName" = ${error?.ename ?? null}, "errorValue" = ${error?.evalue ?? null}
      WHERE id = ${runId} AND status = ANY(${ACTIVE_RUN_STATUSES}::"NotebookRunStatus"[])
      RETURNING id
    ), aborted AS (
      UPDATE "Execution" e SET status = 'ABORTED', "finishedAt" = (now() AT TIME ZONE 'UTC')
      FROM ended, "KernelSession" s
      WHERE e."runId" = ended.id AND e.status = 'QUEUED' AND s.id = e."sessionId"
      RETURNING e.id, e."cellId", e."queuedAt", s."notebookId", s."teamId"
    )
    SELECT aborted.id AS "executionId", aborted."cellId", aborted."notebookId", aborted."teamId"
    FROM ended LEFT JOIN aborted ON true ORDER BY aborted."queuedAt", aborted.id`;
  if (rows.length === 0) return false;
  for (const row of rows) {
    if (!row.executionId || !row.cellId || !row.notebookId || !row.teamId) continue;
    await announceEndedExecution({ executionId: row.executionId, status: "ABORTED", error: null, cellId: row.cellId, notebookId: row.notebookId, teamId: row.teamId });
  }
  return true;
}

/** Brings the run up to date with its executions. Given the execution of the run that just
 * ended, returns the cell to send after it, if the run goes on and its kernel is up. */
export async function settleNotebookRun(runId: string, options: { endedExecutionId?: string } = {}): Promise<TDispatch | null> {
  const run = await readRunProgress(runId, options.endedExecutionId ?? null);
  if (!run || !ACTIVE_RUN_STATUSES.includes(run.status)) return null;
  const endedBy = run.endingStatus ? ENDED_BY[run.endingStatus] : undefined;
  if (endedBy && run.endingCellId) {
    const error = (await readCellError(run.endingCellId)) ?? endedBy.fallback;
    await endNotebookRun({ runId, status: endedBy.status, error, cellId: run.endingCellId });
    return null;
  }
  if (run.inFlight === 0) {
    await endNotebookRun({ runId, status: "SUCCEEDED", error: null, cellId: null });
    return null;
  }
  if (run.status === "QUEUED") {
    await db.$executeRaw`
      UPDATE "NotebookRun" r SET status = 'RUNNING', "startedAt" = (SELECT MIN(e."startedAt") FROM "Execution" e WHERE e."runId" = r.id)
      WHERE r.id = ${runId} AND r.status = 'QUEUED' AND EXISTS (SELECT 1 FROM "Execution" e WHERE e."runId" = r.id AND e."startedAt" IS NOT NULL)`;
  }
  if (!run.nextId || !run.workerId || !READY_STATES.includes(run.sessionState)) return null;
  return { workerId: run.workerId, hostname: run.hostname ?? "the worker", sessionId: run.sessionId, executionId: run.nextId, code: run.nextCode ?? "" };
}
