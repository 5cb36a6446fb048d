// The server's notebook (lib/notebooks/get-notebook.ts) in the shapes the editor uses.
import type { TCell, TNotebookDetail } from "@/lib/notebooks/schemas";
import type { TCellData, TCellType, TKernelStateView, TKernelView, TNotebookData } from "./types";

const KERNEL_STATES = new Set<TKernelStateView>(["starting", "idle", "busy", "restarting", "dead", "queued", "stopped", "lost"]);

export function toCellType(type: string): TCellType {
  const lower = type.toLowerCase();
  return lower === "markdown" || lower === "raw" ? lower : "code";
}

export function toServerCellType(type: TCellType) {
  return type.toUpperCase() as "CODE" | "MARKDOWN" | "RAW";
}

export function toCellData(cell: Pick<TCell, "id" | "type" | "source" | "version"> & Partial<TCell>): TCellData {
  return {
    id: cell.id,
    type: toCellType(cell.type),
    source: cell.source,
    version: cell.version,
    executionCount: cell.executionCount ?? null,
    execution: cell.execution ?? null,
    outputs: cell.outputs ?? [],
    attachments: cell.attachments ?? {},
  };
}

export function toKernelView(kernel: TNotebookDetail["kernel"]): TKernelView {
  const state = KERNEL_STATES.has(kernel.state as TKernelStateView) ? (kernel.state as TKernelStateView) : "stopped";
  return { state, workerHostname: kernel.workerHostname, reason: kernel.reason };
}

export function toNotebookData(notebook: TNotebookDetail): TNotebookData {
  return {
    id: notebook.id,
    name: notebook.name,
    project: { name: notebook.project.name, slug: notebook.project.slug },
    kernel: toKernelView(notebook.kernel),
    cells: notebook.cells.map(toCellData),
  };
}
