// The editor's cell changes, through the notebook server actions.
import {
  addCellAction,
  changeCellTypeAction,
  deleteCellAction,
  getNotebookAction,
  moveCellAction,
  updateCellSourceAction,
} from "@/lib/notebooks/actions";
import type { TActionResult } from "@/lib/http/define-action";
import type { TCellActions } from "./cell-actions";
import { toCellData, toNotebookData, toServerCellType } from "./from-server";
import type { TNotebookData } from "./types";

function mapResult<T, U>(result: TActionResult<T>, map: (data: T) => U): TActionResult<U> {
  return result.ok ? { ok: true, data: map(result.data) } : result;
}

export const SERVER_CELL_ACTIONS: TCellActions = {
  addCell: async ({ notebookId, index, type, source }) =>
    mapResult(await addCellAction({ notebookId, position: index, type: toServerCellType(type), source }), toCellData),
  deleteCell: ({ cellId }) => deleteCellAction({ cellId }),
  moveCell: ({ cellId, index }) => moveCellAction({ cellId, position: index }),
  changeType: async ({ cellId, type }) => mapResult(await changeCellTypeAction({ cellId, type: toServerCellType(type) }), (cell) => ({ version: cell.version })),
  updateSource: async (input) => mapResult(await updateCellSourceAction(input), (saved) => ({ version: saved.version })),
};

/** The notebook as the server has it now, for merging after a reconnect or a change of cells. */
export async function readNotebook(notebookId: string): Promise<TActionResult<TNotebookData>> {
  return mapResult(await getNotebookAction({ notebookId }), toNotebookData);
}
