// Ends executions that will never get their kernel's answer (worker lost, kernel dead,
// kernel shut down), oldest first; a headless run they belong to then settles (it ends).
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { settleNotebookRun } from "@/lib/notebook-runs/settle-notebook-run";
import { endExecution, type TEndStatus, type TExplainEnd } from "./end-execution";
import { IN_FLIGHT } from "./kernel-states";

type TEndOptions = { where: Prisma.ExecutionWhereInput; status: TEndStatus; explain: TExplainEnd };

export async function endInFlightExecutions({ where, status, explain }: TEndOptions) {
  const candidates = await db.execution.findMany({
    where: { ...where, status: { in: IN_FLIGHT } },
    select: { id: true },
    orderBy: { queuedAt: "asc" },
  });
  const ended = [];
  for (const { id } of candidates) {
    const row = await endExecution({ executionId: id, status, explain });
    if (row) ended.push(row);
  }
  const runIds = new Set(ended.flatMap((row) => (row.runId ? [row.runId] : [])));
  for (const runId of runIds) await settleNotebookRun(runId);
  return ended;
}
