// The executions whose outputs this replica may publish before it stores them, and where
// their outputs go. A browser then sees an output as soon as its worker sends it, and the
// store (one statement) runs beside it instead of before it. An execution is known here
// once this replica has queued it, or has stored an output of it the slow way (store, then
// publish), which tells its cell and the next seq. Every output of an execution gets the
// next seq in the order the worker sent them, as the slow way would give: the execution's
// cell was emptied when it was queued, and only the cell's latest execution may write there.
// A newer run of the cell, or the execution's end, forgets it: late outputs go the slow way
// again, where the store refuses what may no longer change the cell, and nothing is published.

type TScope = { teamId: string; notebookId: string; cellId: string };
/** workerId null: queued before its kernel was placed; its first output goes the slow way. */
type TLiveExecution = TScope & { sessionId: string; workerId: string | null; nextSeq: number };
export type TOutputSlot = TScope & { seq: number };

const MAX_KEPT = 10_000; // executions whose end never came here fall out oldest first

// Shared through globalThis, like the socket server: one per process, whichever bundle asks.
const holder = globalThis as unknown as { mlsLiveExecutions?: { byId: Map<string, TLiveExecution>; latestOfCell: Map<string, string> } };
function live() {
  return (holder.mlsLiveExecutions ??= { byId: new Map(), latestOfCell: new Map() });
}

export function forgetExecution(executionId: string) {
  const { byId, latestOfCell } = live();
  const execution = byId.get(executionId);
  if (!execution) return;
  byId.delete(executionId);
  if (latestOfCell.get(execution.cellId) === executionId) latestOfCell.delete(execution.cellId);
}

/** This execution is its cell's latest (just queued, or its output just stored): an older one of the cell is forgotten. */
export function trackExecution(executionId: string, execution: TLiveExecution) {
  const { byId, latestOfCell } = live();
  const other = latestOfCell.get(execution.cellId);
  // Execution ids sort by creation: a store that answers late must not bring back an older run.
  if (other && other > executionId) return;
  if (other && other !== executionId) forgetExecution(other);
  byId.set(executionId, execution);
  latestOfCell.set(execution.cellId, executionId);
  if (byId.size > MAX_KEPT) forgetExecution(byId.keys().next().value!);
}

/**
 * Where an output of this execution from this worker's session goes, and its seq (0 for an
 * update of a display, which adds no output); null if it must go the slow way.
 */
export function claimOutputSlot(executionId: string, from: { workerId: string; sessionId: string }, isNewOutput: boolean): TOutputSlot | null {
  const execution = live().byId.get(executionId);
  if (!execution || execution.workerId === null || execution.sessionId !== from.sessionId || execution.workerId !== from.workerId) return null;
  const { teamId, notebookId, cellId } = execution;
  return { teamId, notebookId, cellId, seq: isNewOutput ? execution.nextSeq++ : 0 };
}
