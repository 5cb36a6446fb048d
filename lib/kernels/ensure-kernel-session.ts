// The notebook's usable kernel session, or a new queued one. Under a lock on the notebook
// row, so that two people pressing Run at once share one kernel. A dead kernel is replaced
// (its worker is told to let it go).
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { sendWorkerCommand } from "@/lib/workers/send-worker-command";
import { LIVE_STATES } from "./kernel-states";
import { scheduleQueuedSessions } from "./schedule-sessions";

type TNotebookRef = { id: string; teamId: string; gpus: number };

/** A new session waiting for a worker; the caller schedules it once committed. */
export function createQueuedSession(tx: Prisma.TransactionClient, notebook: TNotebookRef) {
  return tx.kernelSession.create({
    data: { teamId: notebook.teamId, notebookId: notebook.id, gpus: notebook.gpus, state: "QUEUED", reason: "Waiting for a worker." },
  });
}

export async function ensureKernelSession(notebook: TNotebookRef) {
  const { session, isNew, replaced } = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Notebook" WHERE id = ${notebook.id} FOR UPDATE`;
    const current = await tx.kernelSession.findFirst({ where: { notebookId: notebook.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    if (current && LIVE_STATES.includes(current.state)) return { session: current, isNew: false, replaced: null };
    let replaced = null;
    if (current?.state === "DEAD") {
      await tx.kernelSession.update({ where: { id: current.id }, data: { state: "STOPPED" } });
      replaced = current;
    }
    return { session: await createQueuedSession(tx, notebook), isNew: true, replaced };
  });
  if (replaced?.workerId) void sendWorkerCommand(replaced.workerId, "kernel:shutdown", { sessionId: replaced.id });
  if (isNew) await scheduleQueuedSessions(notebook.teamId);
  return { sessionId: session.id, isNew };
}
