// Saves a cell's source if the editor's text was based on the current version; otherwise a
// conflict naming who changed it, with their text, so that no edit is lost silently.
import type { Prisma } from "@prisma/client";
import { AppError } from "@/lib/errors";

type TSave = { cellId: string; source: string; userId: string; /** The version the text was edited from; omitted: last writer wins. */ baseVersion?: number };

export async function saveCellSource(tx: Prisma.TransactionClient, save: TSave) {
  const cell = await tx.cell.findUniqueOrThrow({
    where: { id: save.cellId },
    select: { source: true, version: true, updatedBy: { select: { name: true } } },
  });
  if (cell.source === save.source) return { version: cell.version, isChanged: false };
  if (save.baseVersion !== undefined && save.baseVersion !== cell.version) {
    const who = cell.updatedBy?.name ?? "someone else";
    throw new AppError("conflict", `This cell was changed by ${who} meanwhile.`, undefined, {
      cellId: save.cellId,
      source: cell.source,
      version: cell.version,
      savedBy: who,
    });
  }
  // The version in the WHERE makes a save that raced past the check above fail, not clobber.
  const { count } = await tx.cell.updateMany({
    where: { id: save.cellId, version: cell.version },
    data: { source: save.source, version: { increment: 1 }, updatedById: save.userId },
  });
  if (count === 0) throw new AppError("conflict", "This cell was changed by someone else meanwhile.", undefined, { cellId: save.cellId });
  return { version: cell.version + 1, isChanged: true };
}
