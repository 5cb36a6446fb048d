// A worker is gone (disconnected past its grace, silent, revoked, or back without its
// kernels): its sessions are LOST and their cells end with an error that says so. Each
// session changes once, whichever replica gets there first (UPDATE … RETURNING).
import { db } from "@/lib/db";
import { endOpenRuns } from "@/lib/runs/end-open-runs";
import { endInFlightExecutions } from "./end-executions";
import { publishSessionState } from "./notebook-kernel";

type TLoss = {
  workerId: string;
  hostname: string;
  /** What happened, after the hostname: "disconnected", "restarted", … */
  what: string;
  /** Only these sessions; else all of the worker's that hold a kernel. */
  sessionIds?: string[];
  /** Only while the worker is still OFFLINE: a hello racing the reaper keeps its kernels. */
  isOnlyIfOffline?: boolean;
};

export async function loseWorkerSessions({ workerId, hostname, what, sessionIds, isOnlyIfOffline = false }: TLoss) {
  const reason = `Worker lost: ${hostname} ${what}.`;
  const lost = await db.$queryRaw<Array<{ id: string; notebookId: string }>>`
    UPDATE "KernelSession" SET state = 'LOST', reason = ${reason}, "updatedAt" = (now() AT TIME ZONE 'UTC')
    WHERE "workerId" = ${workerId} AND state IN ('STARTING', 'IDLE', 'BUSY', 'RESTARTING', 'DEAD')
      AND (${sessionIds ?? null}::text[] IS NULL OR id = ANY(${sessionIds ?? []}::text[]))
      AND (NOT ${isOnlyIfOffline} OR EXISTS (SELECT 1 FROM "Worker" w WHERE w.id = ${workerId} AND w.status = 'OFFLINE'))
    RETURNING id, "notebookId"`;
  for (const { id, notebookId } of lost) {
    await endInFlightExecutions({
      where: { sessionId: id },
      status: "LOST",
      explain: (hadStarted) => ({
        ename: "WorkerLost",
        evalue: `Worker lost: ${hostname} ${what} ${hadStarted ? "while this cell ran" : "before this cell ran"}.`,
      }),
    });
    await publishSessionState(id);
    await endOpenRuns({ notebookId });
  }
  return lost.map((s) => s.id);
}
