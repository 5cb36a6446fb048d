// Autosave of one cell's text. A save based on an older version than the stored one is a
// conflict (409) that names who saved meanwhile and carries their text (error.details).
import { db } from "@/lib/db";
import { requireActor } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { publishToRoom } from "@/lib/server/publish";
import { findAuthorizedCell } from "./find-authorized-notebook";
import { saveCellSource } from "./save-cell-source";
import type { TUpdateCellSource } from "./schemas";

export async function updateCellSource(actor: TActor | null, input: TUpdateCellSource & { notebookId?: string }) {
  const cell = await findAuthorizedCell(actor, "notebook.edit", input.cellId, input.notebookId);
  const userId = requireActor(actor).userId;
  const saved = await db.$transaction((tx) => saveCellSource(tx, { cellId: cell.id, source: input.source, userId, baseVersion: input.version }));
  if (saved.isChanged) {
    const user = await db.user.findUnique({ where: { id: userId }, select: { name: true } });
    publishToRoom(cell.notebook.teamId, { kind: "notebook", id: cell.notebookId }, "notebook:cell-saved", {
      notebookId: cell.notebookId,
      cellId: cell.id,
      version: saved.version,
      source: input.source,
      savedBy: user?.name ?? "",
    });
    await db.notebook.update({ where: { id: cell.notebookId }, data: { updatedAt: new Date() } });
  }
  return { id: cell.id, version: saved.version, source: input.source };
}
