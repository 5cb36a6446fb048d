// Starts a headless run, as `jupyter nbconvert --execute` would: on a fresh kernel, every
// non-empty code cell in order. In one transaction under the notebook's lock (the one that
// ensure-kernel-session.ts takes): the notebook's current kernel is stopped, a new session
// queued with the run's executions, and the cells' outputs and counts cleared. Anyone with
// the notebook open sees it all live: their kernel restarts, the cells run on it, and a cell
// they run meanwhile queues on the same kernel. Answers at once; the server sees it through.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireActor } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { publishToRoom } from "@/lib/server/publish";
import { markSessionsStopped, releaseStoppedSessions } from "@/lib/kernels/control-kernel";
import { createQueuedSession } from "@/lib/kernels/ensure-kernel-session";
import { scheduleQueuedSessions } from "@/lib/kernels/schedule-sessions";
import { createSortableId } from "@/lib/kernels/sortable-id";
import { findAuthorizedNotebook } from "@/lib/notebooks/find-authorized-notebook";
import { readNotebookRun } from "./get-notebook-run";
import { ACTIVE_RUN_STATUSES } from "./run-states";
import type { TStartNotebookRunBody } from "./schemas";
import { settleNotebookRun } from "./settle-notebook-run";

type TStartNotebookRun = TStartNotebookRunBody & { notebookId: string };

export async function startNotebookRun(actor: TActor | null, input: TStartNotebookRun) {
  const notebook = await findAuthorizedNotebook(actor, "notebook.run", input.notebookId);
  const { userId } = requireActor(actor);
  const { run, stopped, executions } = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Notebook" WHERE id = ${notebook.id} FOR UPDATE`;
    const active = await tx.notebookRun.findFirst({ where: { notebookId: notebook.id, status: { in: ACTIVE_RUN_STATUSES } }, select: { id: true } });
    if (active) {
      throw new AppError("conflict", "This notebook is already being run; cancel that run or wait for it to end.", undefined, { runId: active.id });
    }
    // nbconvert skips code cells with nothing but blanks; so does the run (their counts stay empty).
    const cells = (
      await tx.cell.findMany({ where: { notebookId: notebook.id, type: "CODE" }, orderBy: { position: "asc" }, select: { id: true, source: true } })
    ).filter((cell) => cell.source.trim() !== "");
    const stopped = await markSessionsStopped(tx, notebook.id);
    const session = await createQueuedSession(tx, notebook);
    const run = await tx.notebookRun.create({
      data: {
        teamId: notebook.teamId,
        notebookId: notebook.id,
        sessionId: session.id,
        createdById: userId,
        stopOnError: input.stopOnError,
        timeoutSeconds: input.timeoutSeconds,
      },
    });
    const queuedAt = new Date();
    // Sortable ids keep the cells' order among executions queued in the same millisecond.
    const executions = cells.map((cell) => ({ id: createSortableId(), sessionId: session.id, cellId: cell.id, code: cell.source, runId: run.id, userId, queuedAt }));
    await tx.execution.createMany({ data: executions });
    const cellIds = cells.map((cell) => cell.id);
    await tx.output.deleteMany({ where: { cellId: { in: cellIds } } });
    await tx.cell.updateMany({ where: { id: { in: cellIds } }, data: { executionCount: null } });
    return { run, stopped, executions };
  });
  // The interactive kernel's cells end ABORTED and it is shut down.
  await releaseStoppedSessions(notebook.teamId, stopped);
  const room = { kind: "notebook", id: notebook.id } as const;
  for (const execution of executions) {
    // A new execution means cleared outputs: browsers clear the cell on this event.
    publishToRoom(notebook.teamId, room, "notebook:execution", {
      notebookId: notebook.id,
      cellId: execution.cellId,
      executionId: execution.id,
      status: "queued",
      executionCount: null,
    });
  }
  // Nothing to run (no code): it has succeeded already.
  if (executions.length === 0) await settleNotebookRun(run.id);
  await scheduleQueuedSessions(notebook.teamId);
  return readNotebookRun(notebook.id, run.id);
}
