"use server";
import { defineAction } from "@/lib/http/define-action";
import {
  ZAddCell,
  ZCellRef,
  ZChangeCellType,
  ZCreateNotebook,
  ZListNotebooks,
  ZMoveCell,
  ZNotebookRef,
  ZRenameNotebook,
  ZSetNotebookGpus,
  ZUpdateCellSource,
} from "./schemas";
import { createNotebook, deleteNotebook, findNotebooks, renameNotebook, setNotebookGpus } from "./manage-notebooks";
import { getNotebook } from "./get-notebook";
import { addCell, changeCellType, deleteCell, moveCell } from "./manage-cells";
import { updateCellSource } from "./update-cell-source";

export const listNotebooksAction = defineAction({ input: ZListNotebooks, run: findNotebooks });

export const getNotebookAction = defineAction({ input: ZNotebookRef, run: (actor, input) => getNotebook(actor, input.notebookId) });

export const createNotebookAction = defineAction({ input: ZCreateNotebook, run: createNotebook });

export const renameNotebookAction = defineAction({ input: ZRenameNotebook, run: renameNotebook });

export const setNotebookGpusAction = defineAction({ input: ZSetNotebookGpus, run: setNotebookGpus });

export const deleteNotebookAction = defineAction({ input: ZNotebookRef, run: deleteNotebook });

export const addCellAction = defineAction({ input: ZAddCell, run: addCell });

/** A stale version answers { ok: false, error: { code: "conflict", message, details: { source, version, savedBy } } }. */
export const updateCellSourceAction = defineAction({ input: ZUpdateCellSource, run: updateCellSource });

export const deleteCellAction = defineAction({ input: ZCellRef, run: deleteCell });

export const moveCellAction = defineAction({ input: ZMoveCell, run: moveCell });

export const changeCellTypeAction = defineAction({ input: ZChangeCellType, run: changeCellType });
