// What the notebook editor asks of the server to change cells. The server actions live in
// lib/notebooks/actions.ts; this is the shape the editor needs of them.
import type { TActionResult } from "@/lib/http/define-action";
import type { TCellData, TCellType } from "./types";

export type TCellActions = {
  addCell: (input: { notebookId: string; index: number; type: TCellType; source: string }) => Promise<TActionResult<TCellData>>;
  deleteCell: (input: { cellId: string }) => Promise<TActionResult<unknown>>;
  moveCell: (input: { cellId: string; index: number }) => Promise<TActionResult<unknown>>;
  changeType: (input: { cellId: string; type: TCellType }) => Promise<TActionResult<{ version: number }>>;
  updateSource: (input: { cellId: string; source: string; version: number }) => Promise<TActionResult<{ version: number }>>;
};
