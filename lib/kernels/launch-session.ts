// Starts a claimed session's kernel on its worker, then sends the executions that queued up
// while it waited. Until the worker confirms, the session is STARTING and nothing is sent.
import { db } from "@/lib/db";
import { sendWorkerCommand } from "@/lib/workers/send-worker-command";
import type { TClaim } from "./claim-queued-sessions";
import { dispatchExecutions } from "./dispatch-execution";
import { endInFlightExecutions } from "./end-executions";
import { publishKernel, publishSessionState } from "./notebook-kernel";
import { lockSession } from "./lock-session";
import { inNotebookSendLane } from "./notebook-send-lanes";

// Long enough for a kernel start when the worker's pool is empty on a loaded machine.
const START_TIMEOUT_MS = 120_000;

async function failStart(claim: TClaim, error: string) {
  const reason = `Could not start a kernel on ${claim.hostname}: ${error}`;
  const { count } = await db.kernelSession.updateMany({ where: { id: claim.sessionId, state: "STARTING" }, data: { state: "DEAD", reason } });
  if (count === 0) return;
  await endInFlightExecutions({
    where: { sessionId: claim.sessionId },
    status: "DEAD",
    explain: () => ({ ename: "KernelStartError", evalue: reason }),
  });
  await publishSessionState(claim.sessionId);
  // It may have started after all (a slow answer): it must not linger unowned.
  void sendWorkerCommand(claim.workerId, "kernel:shutdown", { sessionId: claim.sessionId });
}

/** STARTING → IDLE, and the queued executions in order, as one step against concurrent executes. */
async function markReady(claim: TClaim) {
  return db.$transaction(async (tx) => {
    await lockSession(tx, claim.sessionId);
    const { count } = await tx.kernelSession.updateMany({ where: { id: claim.sessionId, state: "STARTING" }, data: { state: "IDLE", reason: null } });
    if (count === 0) return null; // shut down (or lost) meanwhile
    return tx.execution.findMany({
      where: { sessionId: claim.sessionId, status: "QUEUED" },
      orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
      select: { id: true, code: true, runId: true },
    });
  });
}

/** A headless run's cells go one at a time, each once the one before has ended
 * (settle-notebook-run.ts): of each run, only the first goes now. */
function toSendNow(queued: Array<{ id: string; code: string; runId: string | null }>) {
  return queued.filter((execution, index) => !execution.runId || queued.findIndex((e) => e.runId === execution.runId) === index);
}

export async function launchSession(claim: TClaim) {
  publishKernel(claim.teamId, claim.notebookId, { state: "starting", workerHostname: claim.hostname, reason: null });
  const ack = await sendWorkerCommand(claim.workerId, "kernel:start", { sessionId: claim.sessionId, gpus: claim.gpus }, { timeoutMs: START_TIMEOUT_MS });
  if (!ack.ok) return failStart(claim, ack.error);
  // What queued meanwhile goes before any cell run after the start commits (notebook-send-lanes.ts).
  const ready = await inNotebookSendLane(claim.notebookId, async () => {
    const queued = await markReady(claim);
    if (queued) dispatchExecutions(toSendNow(queued).map((e) => ({ ...claim, executionId: e.id, code: e.code })));
    return queued;
  });
  if (!ready) {
    void sendWorkerCommand(claim.workerId, "kernel:shutdown", { sessionId: claim.sessionId });
    return;
  }
  await publishSessionState(claim.sessionId);
}
