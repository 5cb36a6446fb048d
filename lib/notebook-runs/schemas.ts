import { z } from "zod";
import { ZExecutionStatusName } from "@/lib/protocol";
import { RUN_STATUS_NAMES } from "./run-states";

const ZId = z.string().min(1).max(64);
const WEEK_SECONDS = 7 * 24 * 3600;

export const ZStartNotebookRunBody = z.object({
  /** Counted from the first cell's start; at the limit the kernel is interrupted. None: no limit. */
  timeoutSeconds: z.number().int().min(1, "At least 1 second.").max(WEEK_SECONDS, "At most a week.").nullable().default(null),
  /** As nbconvert: the first error ends the run; false runs every cell (--allow-errors). */
  stopOnError: z.boolean().default(true),
});
export type TStartNotebookRunBody = z.infer<typeof ZStartNotebookRunBody>;

export const ZNotebookRunParams = z.object({ id: ZId, runId: ZId });

const ZRunExecution = z.object({
  cellId: z.string(),
  /** The cell's position in the notebook (0 = first), as it is now. */
  position: z.number().int().nullable(),
  status: ZExecutionStatusName,
  executionCount: z.number().int().nullable(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});

// What the run routes answer (and the OpenAPI document shows).
export const ZNotebookRun = z.object({
  id: z.string(),
  notebookId: z.string(),
  status: z.enum(RUN_STATUS_NAMES),
  stopOnError: z.boolean(),
  timeoutSeconds: z.number().int().nullable(),
  cells: z.object({ total: z.number().int(), done: z.number().int() }),
  /** One per code cell run, in order. */
  executions: z.array(ZRunExecution),
  /** What ended a run that did not succeed, and in which cell (none for a cancel before any ran). */
  error: z
    .object({ cellId: z.string().nullable(), position: z.number().int().nullable(), ename: z.string(), evalue: z.string() })
    .nullable(),
  /** The run's kernel, e.g. why it still waits for a worker. */
  kernel: z.object({ state: z.string(), workerHostname: z.string().nullable(), reason: z.string().nullable() }),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});
export type TNotebookRun = z.infer<typeof ZNotebookRun>;
