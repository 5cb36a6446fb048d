// cell:execute: saves the code as the cell's source, clears its outputs (Jupyter clears on
// submit), queues an execution, and sends it to the kernel if there is one; otherwise it
// goes when the kernel has started. Outputs then arrive through the worker. The usual case
// costs two queries before the worker has the code: who asks (the socket's), and the write,
// which also checks that the notebook is the team's.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { publishToRoom } from "@/lib/server/publish";
import { findAuthorizedNotebook } from "@/lib/notebooks/find-authorized-notebook";
import { dispatchExecutions } from "./dispatch-execution";
import { ensureKernelSession } from "./ensure-kernel-session";
import { READY_STATES } from "./kernel-states";
import { trackExecution } from "./live-executions";
import { inNotebookSendLane } from "./notebook-send-lanes";
import { queueExecution } from "./queue-execution";

type TExecuteCell = { notebookId: string; cellId: string; code: string; version?: number };

async function explainRefusal(cellId: string, notebookId: string) {
  const cell = await db.cell.findFirst({
    where: { id: cellId, notebookId },
    select: { type: true, source: true, version: true, updatedBy: { select: { name: true } } },
  });
  if (!cell) return new AppError("not_found", "This cell does not exist (it may have been deleted).");
  if (cell.type !== "CODE") return new AppError("bad_input", "Only code cells run on the kernel.");
  const who = cell.updatedBy?.name ?? "someone else";
  return new AppError("conflict", `This cell was changed by ${who} meanwhile.`, undefined, {
    cellId,
    source: cell.source,
    version: cell.version,
    savedBy: who,
  });
}

/** Queues the execution and, when the kernel is ready, sends it: in the notebook's send lane. */
function queueAndSend(write: Parameters<typeof queueExecution>[0]) {
  return inNotebookSendLane(write.notebookId, async () => {
    const queued = await queueExecution(write);
    const { executionId, sessionId } = queued;
    if (!executionId || !sessionId) return queued;
    // Its outputs are published as they arrive, before they are stored (live-executions.ts).
    trackExecution(executionId, { teamId: write.teamId, notebookId: write.notebookId, cellId: write.cellId, sessionId, workerId: queued.workerId, nextSeq: 1 });
    if (queued.state && READY_STATES.includes(queued.state) && queued.workerId) {
      dispatchExecutions([{ workerId: queued.workerId, hostname: queued.hostname ?? "the worker", sessionId, executionId, code: write.code }]);
    }
    return queued;
  });
}

export async function executeCell(actor: TActor | null, input: TExecuteCell) {
  // The role is checked here; that the notebook is of the actor's team, by the write itself.
  authorizeInTeam(actor, "notebook.edit");
  const { userId, teamId } = authorizeInTeam(actor, "notebook.run");
  const write = { teamId, notebookId: input.notebookId, cellId: input.cellId, code: input.code, userId, baseVersion: input.version };
  let queued = await queueAndSend(write);
  if (!queued.isNotebookFound) throw new AppError("not_found", "This notebook does not exist in your team.");
  if (queued.cellId && !queued.sessionId) {
    // No kernel yet (or a dead one): start one, and queue on it.
    await ensureKernelSession(await findAuthorizedNotebook(actor, ["notebook.run", "notebook.edit"], input.notebookId));
    queued = await queueAndSend(write);
  }
  const notebook = { id: input.notebookId, teamId };
  const { executionId } = queued;
  if (!executionId || !queued.sessionId) throw await explainRefusal(input.cellId, notebook.id);
  const room = { kind: "notebook", id: notebook.id } as const;
  const version = queued.savedVersion ?? queued.cellVersion!;
  // A new execution means cleared outputs: browsers clear the cell on this event.
  publishToRoom(notebook.teamId, room, "notebook:execution", { notebookId: notebook.id, cellId: input.cellId, executionId, status: "queued", executionCount: null });
  if (queued.savedVersion !== null) {
    const savedBy = (await db.user.findUnique({ where: { id: userId }, select: { name: true } }))?.name ?? "";
    publishToRoom(notebook.teamId, room, "notebook:cell-saved", { notebookId: notebook.id, cellId: input.cellId, version, source: input.code, savedBy });
  }
  return { executionId, version };
}
