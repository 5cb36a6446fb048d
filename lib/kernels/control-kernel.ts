// Interrupt, restart and shut down, from a browser, forwarded to the kernel's worker. With
// no kernel running, interrupt and shutdown have nothing to do, and restart starts one.
import type { KernelState, Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedNotebook } from "@/lib/notebooks/find-authorized-notebook";
import { sendWorkerCommand } from "@/lib/workers/send-worker-command";
import { endOpenRuns } from "@/lib/runs/end-open-runs";
import { endInFlightExecutions } from "./end-executions";
import { ensureKernelSession } from "./ensure-kernel-session";
import { findCurrentSession, findNotebookKernel, publishSessionState } from "./notebook-kernel";
import { scheduleQueuedSessions } from "./schedule-sessions";

const RESTART_TIMEOUT_MS = 90_000;

async function sessionOnWorker(actor: TActor | null, notebookId: string, states: KernelState[]) {
  const notebook = await findAuthorizedNotebook(actor, "notebook.run", notebookId);
  const session = await findCurrentSession(notebook.id);
  const isOnWorker = session && session.worker && states.includes(session.state);
  return { notebook, session: isOnWorker ? { ...session, worker: session.worker! } : null };
}

export async function interruptKernel(actor: TActor | null, notebookId: string) {
  const { notebook, session } = await sessionOnWorker(actor, notebookId, ["IDLE", "BUSY"]);
  if (session) {
    const ack = await sendWorkerCommand(session.worker.id, "kernel:interrupt", { sessionId: session.id });
    if (!ack.ok) throw new AppError("conflict", `Could not interrupt the kernel: ${ack.error}`);
  }
  return findNotebookKernel(notebook.id);
}

/** Resolves once the kernel is back (or has failed to come back), so a "restart and run all"
 * sent after it runs on the fresh kernel. */
export async function restartKernel(actor: TActor | null, notebookId: string) {
  const { notebook, session } = await sessionOnWorker(actor, notebookId, ["IDLE", "BUSY", "RESTARTING", "DEAD"]);
  if (!session) {
    await ensureKernelSession(notebook);
    return findNotebookKernel(notebook.id);
  }
  await db.kernelSession.updateMany({ where: { id: session.id, state: { in: ["IDLE", "BUSY", "DEAD"] } }, data: { state: "RESTARTING", reason: null } });
  await endOpenRuns({ notebookId: notebook.id }); // the restart ends the process that was logging them
  await publishSessionState(session.id);
  const ack = await sendWorkerCommand(session.worker.id, "kernel:restart", { sessionId: session.id }, { timeoutMs: RESTART_TIMEOUT_MS });
  const outcome = ack.ok
    ? { state: "IDLE" as const, reason: null }
    : { state: "DEAD" as const, reason: `The kernel could not be restarted: ${ack.error}` };
  await db.kernelSession.updateMany({ where: { id: session.id, state: "RESTARTING" }, data: outcome });
  await publishSessionState(session.id);
  if (!ack.ok) throw new AppError("conflict", outcome.reason!);
  return findNotebookKernel(notebook.id);
}

export async function shutdownKernel(actor: TActor | null, notebookId: string) {
  const notebook = await findAuthorizedNotebook(actor, "notebook.run", notebookId);
  await stopNotebookSessions(notebook);
  return findNotebookKernel(notebook.id);
}

/** Stops every session of the notebook that holds or awaits a kernel (also before deleting it). */
export async function stopNotebookSessions(notebook: { id: string; teamId: string }) {
  await releaseStoppedSessions(notebook.teamId, await markSessionsStopped(db, notebook.id));
}

type TStoppedSession = { id: string; workerId: string | null; notebookId: string };

/** The first half of a stop, in the caller's transaction: the notebook's sessions that hold
 * or await a kernel become STOPPED (a headless run replaces them with its own in one step). */
export async function markSessionsStopped(tx: Prisma.TransactionClient, notebookId: string): Promise<TStoppedSession[]> {
  return tx.$queryRaw<TStoppedSession[]>`
    UPDATE "KernelSession" SET state = 'STOPPED', reason = NULL, "updatedAt" = (now() AT TIME ZONE 'UTC')
    WHERE "notebookId" = ${notebookId} AND state NOT IN ('STOPPED', 'LOST')
    RETURNING id, "workerId", "notebookId"`;
}

/** The second half, once committed: their cells end, browsers hear, workers let the kernels go. */
export async function releaseStoppedSessions(teamId: string, sessions: TStoppedSession[]) {
  for (const session of sessions) {
    await endInFlightExecutions({ where: { sessionId: session.id }, status: "ABORTED", explain: () => null });
    await publishSessionState(session.id);
    await endOpenRuns({ notebookId: session.notebookId });
    // Not waited for: the session is stopped either way, and an unreachable worker shuts an
    // orphan kernel down when it next reports it (reconcile-worker-kernels.ts).
    if (session.workerId) {
      void sendWorkerCommand(session.workerId, "kernel:shutdown", { sessionId: session.id }).then((ack) => {
        if (!ack.ok) console.warn(`[kernels] shutdown of ${session.id}: ${ack.error}`);
      });
    }
  }
  // The kernels stopped here may free what a queued notebook waits for.
  if (sessions.length) await scheduleQueuedSessions(teamId);
}
