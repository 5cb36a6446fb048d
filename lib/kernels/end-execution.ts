// Ends one execution that will never get its kernel's answer: its status changes once, with
// an error output saying why, and browsers in the notebook hear of both.
import type { ExecutionStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { publishToRoom } from "@/lib/server/publish";
import type { TKernelOutput } from "@/lib/protocol";
import { toExecutionStatusName } from "./kernel-states";
import { forgetExecution } from "./live-executions";
import { storeKernelOutput } from "./store-kernel-output";

export type TEndStatus = Extract<ExecutionStatus, "LOST" | "DEAD" | "ABORTED">;
/** The error shown in the cell, by whether the cell had started; null for none. */
export type TExplainEnd = (hadStarted: boolean) => { ename: string; evalue: string } | null;

type TEndExecution = { executionId: string; status: TEndStatus; explain: TExplainEnd };

/** The ended execution, or null if it had already ended (whoever else raced us). */
export async function endExecution({ executionId, status, explain }: TEndExecution) {
  // One status change per execution, whoever else (a replica, a late "done") races us.
  const rows = await db.$queryRaw<Array<{ cellId: string; startedAt: Date | null; runId: string | null; notebookId: string; teamId: string }>>`
    UPDATE "Execution" e SET status = ${status}::"ExecutionStatus", "finishedAt" = (now() AT TIME ZONE 'UTC')
    FROM "KernelSession" s
    WHERE e.id = ${executionId} AND s.id = e."sessionId" AND e.status IN ('QUEUED', 'RUNNING')
    RETURNING e."cellId", e."startedAt", e."runId", s."notebookId", s."teamId"`;
  const row = rows[0];
  if (!row) return null;
  await announceEndedExecution({ executionId, status, error: explain(row.startedAt !== null), ...row });
  return { executionId, ...row };
}

type TEndedExecution = { executionId: string; status: TEndStatus; error: ReturnType<TExplainEnd>; cellId: string; notebookId: string; teamId: string };

/** Tells browsers in the notebook that an execution ended without its kernel's answer, with the error it shows. */
export async function announceEndedExecution({ executionId, status, error, cellId, notebookId, teamId }: TEndedExecution) {
  forgetExecution(executionId);
  const room = { kind: "notebook", id: notebookId } as const;
  if (error) {
    const output: TKernelOutput = { msg_type: "error", content: { ...error, traceback: [`${error.evalue}`] } };
    const stored = await storeKernelOutput({ executionId, output });
    if (stored) publishToRoom(teamId, room, "notebook:output", { notebookId, cellId, executionId, seq: stored.seq, output });
  }
  publishToRoom(teamId, room, "notebook:execution", { notebookId, cellId, executionId, status: toExecutionStatusName(status), executionCount: null });
}
