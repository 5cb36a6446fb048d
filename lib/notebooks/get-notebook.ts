// A notebook as a browser opens it: cells in order with their stored outputs, the execution
// each cell last ran (or waits on), and the kernel's state. Three queries whatever the size, so a
// 2,000-cell notebook opens as fast as the data travels.
import type { ExecutionStatus } from "@prisma/client";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { ZKernelOutput } from "@/lib/protocol";
import { toExecutionStatusName } from "@/lib/kernels/kernel-states";
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
  const [notebook, outputsByCell, latestExecutions, kernel] = await Promise.all([
    db.notebook.findUniqueOrThrow({
      where: { id: found.id },
      include: {
        project: { select: { id: true, name: true, slug: true } },
        cells: { orderBy: { position: "asc" }, include: { updatedBy: { select: { name: true } } } },
      },
    }),
    findOutputsByCell(found.id),
    // The latest per cell: DISTINCT ON keeps each cell's first row in this order.
    db.$queryRaw<Array<{ id: string; cellId: string; status: ExecutionStatus }>>`
      SELECT DISTINCT ON (e."cellId") e.id, e."cellId", e.status
      FROM "Execution" e JOIN "Cell" c ON c.id = e."cellId"
      WHERE c."notebookId" = ${found.id}
      ORDER BY e."cellId", e."queuedAt" DESC, e.id DESC`,
    findNotebookKernel(found.id),
  ]);
  const executionByCell = new Map(latestExecutions.map((e) => [e.cellId, { id: e.id, status: toExecutionStatusName(e.status) }]));
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
