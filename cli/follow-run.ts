// Follows a headless run until it ends, printing a line per finished cell (with its time)
// and why the run waits, if it does. Ctrl-C cancels the run on the studio, then stops.
import { z } from "zod";
import { ZExecutionStatusName } from "@/lib/protocol";
import { RUN_STATUS_NAMES } from "@/lib/notebook-runs/run-states";
import { CliError } from "./cli-errors";
import type { TStudioClient } from "./studio-client";

const POLL_MS = 100;

/** The run as it travels in JSON (dates as strings): what the CLI reads of it. */
export const ZRunProgress = z.object({
  id: z.string(),
  status: z.enum(RUN_STATUS_NAMES),
  cells: z.object({ total: z.number().int(), done: z.number().int() }),
  executions: z.array(
    z.object({ position: z.number().int().nullable(), status: ZExecutionStatusName, startedAt: z.string().nullable(), finishedAt: z.string().nullable() }),
  ),
  error: z.object({ position: z.number().int().nullable(), ename: z.string(), evalue: z.string() }).nullable(),
  kernel: z.object({ state: z.string(), reason: z.string().nullable() }),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type TRunProgress = z.infer<typeof ZRunProgress>;

const isEnded = (run: TRunProgress) => run.status !== "queued" && run.status !== "running";

function seconds(from: string | null, to: string | null) {
  return from && to ? ((Date.parse(to) - Date.parse(from)) / 1000).toFixed(2) : "-";
}

type TFollowRun = { client: TStudioClient; notebookId: string; run: TRunProgress; signal: AbortSignal; log: (line: string) => void };

export async function followRun({ client, notebookId, run: started, signal, log }: TFollowRun) {
  const path = `/notebooks/${notebookId}/runs/${started.id}`;
  let run = started;
  let printed = 0;
  let lastReason: string | null = null;
  let isCancelling = false;
  for (;;) {
    // A line per cell, in order, once it has ended (aborted cells never ran: no line).
    for (; printed < run.executions.length; printed++) {
      const cell = run.executions[printed];
      if (cell.status === "queued" || cell.status === "running") break;
      if (cell.status === "aborted") continue;
      const where = cell.position === null ? "a deleted cell" : `cell ${cell.position + 1}`;
      log(`[${printed + 1}/${run.cells.total}] ${where}: ${cell.status} in ${seconds(cell.startedAt, cell.finishedAt)} s`);
    }
    if (run.status === "queued" && run.kernel.reason && run.kernel.reason !== lastReason) log(`Waiting for a kernel: ${run.kernel.reason}`);
    lastReason = run.kernel.reason;
    if (isEnded(run)) break;
    if (signal.aborted && !isCancelling) {
      isCancelling = true;
      log("Cancelling the run…");
      run = await client.post(ZRunProgress, `${path}/cancel`, {});
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    run = await client.get(ZRunProgress, path);
  }
  if (isCancelling) throw new CliError("Interrupted: the run was cancelled.", 130);
  return run;
}
