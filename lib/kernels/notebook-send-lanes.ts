// A notebook's executions reach its kernel in the order they were queued. Two paths send
// them: the kernel's start (what queued while it started) and a cell run once it is ready.
// Without a lane, a cell run just as the start commits could be sent before the cells queued
// earlier, run first, fail, and abort them ("Run all" then ran its last cell alone). Each
// path queues or reads, then sends, inside the notebook's lane. One set of lanes per process,
// whichever bundle asks (Next's or server.ts's).
import { EventLanes } from "@/lib/server/sockets/event-lanes";

const holder = globalThis as unknown as { mlsNotebookSendLanes?: EventLanes<string> };

export function inNotebookSendLane<T>(notebookId: string, task: () => Promise<T>): Promise<T> {
  holder.mlsNotebookSendLanes ??= new EventLanes<string>();
  return holder.mlsNotebookSendLanes.run([notebookId], task);
}
