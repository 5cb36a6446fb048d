// Ends executions that will never get their kernel's answer (worker lost, kernel dead,
// kernel shut down): their status changes once, with an error output saying why, and
// browsers in the notebook hear of both.
import type { ExecutionStatus, Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { publishToRoom } from "@/lib/server/publish";
import type { TKernelOutput } from "@/lib/protocol";
import { IN_FLIGHT, toExecutionStatusName } from "./kernel-states";
import { forgetExecution } from "./live-executions";
import { storeKernelOutput } from "./store-kernel-output";

type TEndOptions = {
  where: Prisma.ExecutionWhereInput;
  status: Extract<ExecutionStatus, "LOST" | "DEAD" | "ABORTED">;
  /** The error shown in the cell, by whether the cell had started; null for none. */
  explain: (hadStarted: boolean) => { ename: string; evalue: string } | null;
};

export async function endInFlightExecutions({ where, status, explain }: TEndOptions) {
  const candidates = await db.execution.findMany({
    where: { ...where, status: { in: IN_FLIGHT } },
    select: { id: true },
    orderBy: { queuedAt: "asc" },
  });
  const ended = [];
  for (const { id } of candidates) {
    // One status change per execution, whoever else (a replica, a late "done") races us.
    const rows = await db.$queryRaw<Array<{ cellId: string; startedAt: Date | null; notebookId: string; teamId: string }>>`
      UPDATE "Execution" e SET status = ${status}::"ExecutionStatus", "finishedAt" = (now() AT TIME ZONE 'UTC')
      FROM "KernelSession" s
      WHERE e.id = ${id} AND s.id = e."sessionId" AND e.status IN ('QUEUED', 'RUNNING')
      RETURNING e."cellId", e."startedAt", s."notebookId", s."teamId"`;
    const row = rows[0];
    if (!row) continue;
    forgetExecution(id);
    ended.push({ executionId: id, ...row });
    const room = { kind: "notebook", id: row.notebookId } as const;
    const error = explain(row.startedAt !== null);
    if (error) {
      const output: TKernelOutput = { msg_type: "error", content: { ...error, traceback: [`${error.evalue}`] } };
      const stored = await storeKernelOutput({ executionId: id, output });
      if (stored) publishToRoom(row.teamId, room, "notebook:output", { notebookId: row.notebookId, cellId: row.cellId, executionId: id, seq: stored.seq, output });
    }
    publishToRoom(row.teamId, room, "notebook:execution", {
      notebookId: row.notebookId,
      cellId: row.cellId,
      executionId: id,
      status: toExecutionStatusName(status),
      executionCount: null,
    });
  }
  return ended;
}
