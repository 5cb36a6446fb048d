// What the notebook page hands its editor, and what the editor keeps per cell. Shapes of
// the UI, mapped from the server's reads in one place (app/(studio)/notebooks/[id]/page.tsx).
import type { TKernelOutput } from "@/lib/protocol/kernel-output";
import type { TStudioPayload } from "@/lib/protocol/studio-events";
import type { TOutputArea } from "../outputs/output-model";

export type TCellType = "code" | "markdown" | "raw";
export type TExecutionStatus = TStudioPayload<"notebook:execution">["status"];
/** The kernel's state as the notebook shows it; "none" before any kernel was asked for. */
export type TKernelStateView = TStudioPayload<"notebook:kernel">["state"] | "none";

export type TKernelView = { state: TKernelStateView; workerHostname: string | null; reason: string | null };

export type TStoredOutput = { seq: number; output: TKernelOutput };

export type TCellData = {
  id: string;
  type: TCellType;
  source: string;
  version: number;
  executionCount: number | null;
  /** The cell's latest execution, whose outputs these are. */
  execution: { id: string; status: TExecutionStatus } | null;
  outputs: TStoredOutput[];
  /** Images a Markdown cell shows as attachment:name (from a .ipynb). */
  attachments?: Record<string, Record<string, unknown>>;
};

export type TNotebookData = {
  id: string;
  name: string;
  project: { name: string; slug: string };
  kernel: TKernelView;
  cells: TCellData[];
};

export type TSaveState = "saved" | "dirty" | "saving" | "error" | "conflict";

export type TCellState = {
  id: string;
  type: TCellType;
  source: string;
  /** The server's version of the cell that `source` was last saved to or loaded from. */
  version: number;
  executionCount: number | null;
  execution: { id: string; status: TExecutionStatus } | null;
  outputs: TOutputArea;
  attachments: Record<string, Record<string, unknown>>;
  /** Highest output seq applied for the current execution. */
  lastSeq: number;
  save: TSaveState;
  saveError: string | null;
  /** Someone else's save that collided with an edit here, until the user picks one. */
  conflict: { source: string; version: number; savedBy: string } | null;
};

export type TMode = "command" | "edit";
