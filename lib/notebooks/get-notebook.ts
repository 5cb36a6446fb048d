// A notebook as a browser opens it: cells in order with their stored outputs, the execution
// each cell waits on or runs, and the kernel's state. Three queries whatever the size, so a
// 2,000-cell notebook opens as fast as the data travels.
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { ZKernelOutput } from "@/lib/protocol";
import { findNotebookKernel } from "@/lib/kernels/notebook-kernel";
import { findAuthorizedNotebook } from "./find-authorized-notebook";
import type { TCell, TNotebookDetail } from "./schemas";

type TOutputRow = { cellId: string; seq: number; msgType: string; content: unknown };

/** Stored rows as the kernel sent them; clear_output markers (bookkeeping) are left out. */
export function toStoredOutputs(rows: TOutputRow[]) {
  const outputs = [];
  for (const row of rows) {
    if (row.msgType === "clear_output") continue;
    const parsed = ZKernelOutput.safeParse({ msg_type: row.msgType, content: row.content });
    if (parsed.success) outputs.push({ seq: row.seq, output: parsed.data });
  }
  return outputs;
}

export function asRecord(value: unknown) {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Every cell's stored outputs, in one query: cell id → outputs in order. */
export async function findOutputsByCell(notebookId: string) {
  const rows = await db.output.findMany({
    where: { cell: { notebookId } },
    orderBy: [{ cellId: "asc" }, { seq: "asc" }],
    select: { cellId: true, seq: true, msgType: true, content: true },
  });
  const rowsByCell = new Map<string, TOutputRow[]>();
  for (const row of rows) (rowsByCell.get(row.cellId) ?? rowsByCell.set(row.cellId, []).get(row.cellId)!).push(row);
  return new Map([...rowsByCell].map(([cellId, cellRows]) => [cellId, toStoredOutputs(cellRows)]));
}

export async function getNotebook(actor: TActor | null, notebookId: string): Promise<TNotebookDetail> {
  const found = await findAuthorizedNotebook(actor, "notebook.read", notebookId);
  const [notebook, outputsByCell, inFlight, kernel] = await Promise.all([
    db.notebook.findUniqueOrThrow({
      where: { id: found.id },
      include: {
        project: { select: { id: true, name: true, slug: true } },
        cells: { orderBy: { position: "asc" }, include: { updatedBy: { select: { name: true } } } },
      },
    }),
    findOutputsByCell(found.id),
    db.execution.findMany({
      where: { cell: { notebookId: found.id }, status: { in: ["QUEUED", "RUNNING"] } },
      orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
      select: { id: true, cellId: true, status: true },
    }),
    findNotebookKernel(found.id),
  ]);
  // The latest one per cell: a cell run twice quickly shows its newest run.
  const executionByCell = new Map(inFlight.map((e) => [e.cellId, { id: e.id, status: e.status === "RUNNING" ? ("running" as const) : ("queued" as const) }]));
  const cells: TCell[] = notebook.cells.map((cell) => ({
    id: cell.id,
    position: cell.position,
    type: cell.type,
    source: cell.source,
    metadata: asRecord(cell.metadata),
    executionCount: cell.executionCount,
    attachments: asRecord(cell.attachments) as TCell["attachments"],
    version: cell.version,
    updatedBy: cell.updatedBy?.name ?? null,
    outputs: outputsByCell.get(cell.id) ?? [],
    execution: executionByCell.get(cell.id) ?? null,
  }));
  return {
    id: notebook.id,
    name: notebook.name,
    gpus: notebook.gpus,
    project: notebook.project,
    cellCount: cells.length,
    createdAt: notebook.createdAt,
    updatedAt: notebook.updatedAt,
    metadata: asRecord(notebook.metadata),
    cells,
    kernel,
  };
}
