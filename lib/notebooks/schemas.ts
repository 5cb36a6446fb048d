import { z } from "zod";
import { ZExecutionStatusName, ZKernelOutput } from "@/lib/protocol";
import { EXAMPLE_SLUGS } from "./examples";

const ZId = z.string().min(1).max(64);
const ZName = z.string().trim().min(1, "Name the notebook.").max(120);
export const ZCellType = z.enum(["CODE", "MARKDOWN", "RAW"]);
export const ZSource = z.string().max(5_000_000, "A cell holds at most 5 MB of text.");
const ZGpus = z.number().int().min(0, "0 runs on a CPU.").max(16);

export const ZCreateNotebook = z.object({
  projectId: ZId,
  name: ZName,
  gpus: ZGpus.default(0),
  /** Start from one of the studio's examples instead of a blank notebook. */
  example: z.enum(EXAMPLE_SLUGS).optional(),
});
export type TCreateNotebook = z.infer<typeof ZCreateNotebook>;

/** The largest .ipynb an import takes; the browser checks it before uploading. */
export const IPYNB_MAX_BYTES = 64 * 2 ** 20;

export const ZImportNotebook = z.object({
  projectId: ZId,
  /** By default the notebook's metadata title, else "Imported notebook". */
  name: ZName.optional(),
  gpus: ZGpus.default(0),
  /** The .ipynb file: its text (a file that is not JSON is refused with a clear message) or its JSON. */
  notebook: z.union([z.string(), z.record(z.string(), z.unknown())]),
});
export type TImportNotebook = z.infer<typeof ZImportNotebook>;

export const ZListNotebooks = z.object({ projectId: ZId.optional() });
export const ZNotebookRef = z.object({ notebookId: ZId });
export const ZRenameNotebook = z.object({ notebookId: ZId, name: ZName });
export const ZSetNotebookGpus = z.object({ notebookId: ZId, gpus: ZGpus });

export const ZAddCell = z.object({
  notebookId: ZId,
  type: ZCellType.default("CODE"),
  /** 0 = first; past the end = last. */
  position: z.number().int().min(0),
  source: ZSource.default(""),
});
export type TAddCell = z.infer<typeof ZAddCell>;

export const ZUpdateCellSource = z.object({
  cellId: ZId,
  source: ZSource,
  /** The version the text was edited from: a newer saved version is a conflict. */
  version: z.number().int().positive(),
});
export type TUpdateCellSource = z.infer<typeof ZUpdateCellSource>;

export const ZCellRef = z.object({ cellId: ZId });
export const ZMoveCell = z.object({ cellId: ZId, position: z.number().int().min(0) });
export const ZChangeCellType = z.object({ cellId: ZId, type: ZCellType });

// What routes answer (and the OpenAPI document shows).
export const ZNotebookSummary = z.object({
  id: z.string(),
  name: z.string(),
  gpus: z.number().int(),
  project: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  cellCount: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TNotebookSummary = z.infer<typeof ZNotebookSummary>;

export const ZStoredOutput = z.object({ seq: z.number().int(), output: ZKernelOutput });

export const ZCell = z.object({
  id: z.string(),
  position: z.number().int(),
  type: ZCellType,
  source: z.string(),
  metadata: z.record(z.string(), z.unknown()),
  executionCount: z.number().int().nullable(),
  /** A Markdown or raw cell's attachments from a .ipynb: file name → MIME bundle. */
  attachments: z.record(z.string(), z.record(z.string(), z.unknown())),
  version: z.number().int(),
  updatedBy: z.string().nullable(),
  outputs: z.array(ZStoredOutput),
  /** The cell's latest execution: still waiting or running, or how it ended (a dead kernel,
   * a lost worker, aborted after an earlier error): what the cell shows stays after a reload. */
  execution: z.object({ id: z.string(), status: ZExecutionStatusName }).nullable(),
});
export type TCell = z.infer<typeof ZCell>;

export const ZNotebookKernel = z.object({
  sessionId: z.string().nullable(),
  state: z.string(),
  workerHostname: z.string().nullable(),
  reason: z.string().nullable(),
});

export const ZNotebookDetail = ZNotebookSummary.extend({
  metadata: z.record(z.string(), z.unknown()),
  cells: z.array(ZCell),
  kernel: ZNotebookKernel,
});
export type TNotebookDetail = z.infer<typeof ZNotebookDetail>;

// REST bodies (the notebook or cell id comes from the path).
export const ZCreateNotebookBody = ZCreateNotebook;
export const ZUpdateNotebookBody = z.object({ name: ZName.optional(), gpus: ZGpus.optional() });
export const ZAddCellBody = ZAddCell.omit({ notebookId: true });
export const ZUpdateCellBody = z
  .object({ source: ZSource.optional(), version: z.number().int().positive().optional(), type: ZCellType.optional() })
  .refine((body) => body.source === undefined || body.version !== undefined, {
    message: "Send the version the source was edited from.",
    path: ["version"],
  });
