// Ends a run before its cells do: cancelled by a person, or past its time limit. The cell
// running is interrupted (its KeyboardInterrupt shows in the cell, as in Jupyter), the
// cells not yet sent never run, and the kernel stays for whoever has the notebook open.
import type { NotebookRunStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { sendWorkerCommand } from "@/lib/workers/send-worker-command";
import { findAuthorizedNotebook } from "@/lib/notebooks/find-authorized-notebook";
import { readNotebookRun } from "./get-notebook-run";
import type { TRunError } from "./run-states";
import { endNotebookRun } from "./settle-notebook-run";

type TStopNotebookRun = { runId: string; status: Extract<NotebookRunStatus, "CANCELLED" | "TIMED_OUT">; error: TRunError };

async function stopNotebookRun({ runId, status, error }: TStopNotebookRun) {
  const running = await db.execution.findFirst({
    where: { runId, status: "RUNNING" },
    select: { cellId: true, session: { select: { id: true, workerId: true } } },
  });
  const isEnded = await endNotebookRun({ runId, status, error, cellId: running?.cellId ?? null });
  if (!isEnded || !running?.session.workerId) return;
  const ack = await sendWorkerCommand(running.session.workerId, "kernel:interrupt", { sessionId: running.session.id });
  if (!ack.ok) console.warn(`[runs] could not interrupt the kernel of run ${runId}: ${ack.error}`);
}

export async function cancelNotebookRun(actor: TActor | null, input: { notebookId: string; runId: string }) {
  const notebook = await findAuthorizedNotebook(actor, "notebook.run", input.notebookId);
  const run = await readNotebookRun(notebook.id, input.runId);
  const user = await db.user.findUnique({ where: { id: requireActor(actor).userId }, select: { name: true } });
  await stopNotebookRun({ runId: run.id, status: "CANCELLED", error: { ename: "Cancelled", evalue: `Cancelled by ${user?.name ?? "a member"}.` } });
  return readNotebookRun(notebook.id, run.id);
}

/** Runs past their time limit, on every replica's tick: each is stopped once (endNotebookRun is conditional). */
export async function timeOutNotebookRuns() {
  const expired = await db.$queryRaw<Array<{ id: string; timeoutSeconds: number }>>`
    SELECT id, "timeoutSeconds" FROM "NotebookRun"
    WHERE status = 'RUNNING' AND "timeoutSeconds" IS NOT NULL
      AND "startedAt" + make_interval(secs => "timeoutSeconds") < (now() AT TIME ZONE 'UTC')`;
  for (const run of expired) {
    const evalue = `The run did not finish within ${run.timeoutSeconds} s; the kernel was interrupted.`;
    await stopNotebookRun({ runId: run.id, status: "TIMED_OUT", error: { ename: "TimeoutError", evalue } });
  }
  return expired.map((run) => run.id);
}
