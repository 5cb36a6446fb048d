// A notebook's cells: add, delete, move, change type. Positions stay 0..n-1 without gaps;
// every change locks the notebook row, so two people rearranging at once take turns, and
// browsers in the notebook are told to reload the cell list.
import { Prisma, type CellType } from "@prisma/client";
import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { publishToRoom } from "@/lib/server/publish";
import { findAuthorizedCell, findAuthorizedNotebook } from "./find-authorized-notebook";
import type { TAddCell } from "./schemas";

const CELL_SELECT = { id: true, position: true, type: true, source: true, version: true } satisfies Prisma.CellSelect;

async function changeCells<T>(notebook: { id: string; teamId: string }, change: (tx: Prisma.TransactionClient) => Promise<T>) {
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Notebook" WHERE id = ${notebook.id} FOR UPDATE`;
    const value = await change(tx);
    await tx.notebook.update({ where: { id: notebook.id }, data: { updatedAt: new Date() } });
    return value;
  });
  publishToRoom(notebook.teamId, { kind: "notebook", id: notebook.id }, "notebook:cells-changed", { notebookId: notebook.id });
  return result;
}

export async function addCell(actor: TActor | null, input: TAddCell) {
  const notebook = await findAuthorizedNotebook(actor, "notebook.edit", input.notebookId);
  return changeCells(notebook, async (tx) => {
    const count = await tx.cell.count({ where: { notebookId: notebook.id } });
    const position = Math.min(input.position, count);
    await tx.cell.updateMany({ where: { notebookId: notebook.id, position: { gte: position } }, data: { position: { increment: 1 } } });
    return tx.cell.create({
      data: { notebookId: notebook.id, position, type: input.type, source: input.source, updatedById: requireActor(actor).userId },
      select: CELL_SELECT,
    });
  });
}

export async function deleteCell(actor: TActor | null, input: { cellId: string; notebookId?: string }) {
  const cell = await findAuthorizedCell(actor, "notebook.edit", input.cellId, input.notebookId);
  return changeCells(cell.notebook, async (tx) => {
    // Re-read under the lock: a move since the check may have changed its position.
    const current = await tx.cell.findUnique({ where: { id: cell.id }, select: { position: true } });
    if (!current) return { id: cell.id };
    await tx.cell.delete({ where: { id: cell.id } });
    await tx.cell.updateMany({ where: { notebookId: cell.notebookId, position: { gt: current.position } }, data: { position: { decrement: 1 } } });
    return { id: cell.id };
  });
}

export async function moveCell(actor: TActor | null, input: { cellId: string; position: number }) {
  const cell = await findAuthorizedCell(actor, "notebook.edit", input.cellId);
  return changeCells(cell.notebook, async (tx) => {
    const current = await tx.cell.findUniqueOrThrow({ where: { id: cell.id }, select: { position: true } });
    const count = await tx.cell.count({ where: { notebookId: cell.notebookId } });
    const to = Math.min(input.position, count - 1);
    const from = current.position;
    if (to > from) {
      await tx.cell.updateMany({ where: { notebookId: cell.notebookId, position: { gt: from, lte: to } }, data: { position: { decrement: 1 } } });
    } else if (to < from) {
      await tx.cell.updateMany({ where: { notebookId: cell.notebookId, position: { gte: to, lt: from } }, data: { position: { increment: 1 } } });
    }
    return tx.cell.update({ where: { id: cell.id }, data: { position: to }, select: CELL_SELECT });
  });
}

/**
 * Leaving code drops the outputs and count, as Jupyter does: they belong to code. Becoming
 * code drops attachments: nbformat allows them on Markdown and raw cells only.
 */
export async function changeCellType(actor: TActor | null, input: { cellId: string; type: CellType; notebookId?: string }) {
  const cell = await findAuthorizedCell(actor, "notebook.edit", input.cellId, input.notebookId);
  return changeCells(cell.notebook, async (tx) => {
    if (input.type !== "CODE") await tx.output.deleteMany({ where: { cellId: cell.id } });
    return tx.cell.update({
      where: { id: cell.id },
      data: { type: input.type, ...(input.type === "CODE" ? { attachments: Prisma.DbNull } : { executionCount: null }) },
      select: CELL_SELECT,
    });
  });
}
