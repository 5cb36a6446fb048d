// A headless run as its caller follows it: state, each cell's execution, what ended it.
// One query whatever the notebook's size.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { toExecutionStatusName } from "@/lib/kernels/kernel-states";
import { toNotebookKernel } from "@/lib/kernels/notebook-kernel";
import { findAuthorizedNotebook } from "@/lib/notebooks/find-authorized-notebook";
import { toRunStatusName } from "./run-states";
import type { TNotebookRun } from "./schemas";

/** The run of this (already authorized) notebook, as the routes answer it. */
export async function readNotebookRun(notebookId: string, runId: string): Promise<TNotebookRun> {
  const run = await db.notebookRun.findFirst({
    where: { id: runId, notebookId },
    include: {
      session: { include: { worker: { select: { hostname: true } } } },
      executions: {
        orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
        select: { cellId: true, status: true, executionCount: true, startedAt: true, finishedAt: true, cell: { select: { position: true } } },
      },
    },
  });
  if (!run) throw new AppError("not_found", "This run does not exist for this notebook.");
  const executions = run.executions.map(({ cell, status, ...execution }) => ({
    ...execution,
    position: cell.position,
    status: toExecutionStatusName(status),
  }));
  const { state, workerHostname, reason } = toNotebookKernel(run.session);
  return {
    id: run.id,
    notebookId: run.notebookId,
    status: toRunStatusName(run.status),
    stopOnError: run.stopOnError,
    timeoutSeconds: run.timeoutSeconds,
    cells: { total: executions.length, done: executions.filter((e) => e.status !== "queued" && e.status !== "running").length },
    executions,
    error:
      run.errorName !== null
        ? { cellId: run.errorCellId, position: executions.find((e) => e.cellId === run.errorCellId)?.position ?? null, ename: run.errorName, evalue: run.errorValue ?? "" }
        : null,
    kernel: { state, workerHostname, reason },
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
  };
}

export async function getNotebookRun(actor: TActor | null, input: { notebookId: string; runId: string }) {
  const notebook = await findAuthorizedNotebook(actor, "notebook.read", input.notebookId);
  return readNotebookRun(notebook.id, input.runId);
}
