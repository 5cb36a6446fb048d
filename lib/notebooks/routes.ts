import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/define-route";
import type { TActor } from "@/lib/permissions";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import {
  IPYNB_MAX_BYTES,
  ZAddCellBody,
  ZCreateNotebookBody,
  ZImportNotebook,
  ZListNotebooks,
  ZNotebookDetail,
  ZNotebookSummary,
  ZUpdateCellBody,
  ZUpdateNotebookBody,
} from "./schemas";
import { createNotebook, deleteNotebook, findNotebooks, renameNotebook, setNotebookGpus } from "./manage-notebooks";
import { getNotebook } from "./get-notebook";
import { addCell, changeCellType, deleteCell } from "./manage-cells";
import { updateCellSource } from "./update-cell-source";
import { findAuthorizedNotebook } from "./find-authorized-notebook";
import { exportNotebook } from "./ipynb/export-notebook";
import { importNotebook } from "./ipynb/import-notebook";

const ZNotebookParams = z.object({ id: z.string().min(1).max(64) });
const ZCellParams = ZNotebookParams.extend({ cellId: z.string().min(1).max(64) });
const ZCellAnswer = z.object({ id: z.string(), position: z.number().int(), type: z.string(), source: z.string(), version: z.number().int() });

export const listNotebooksRoute = defineRoute({
  method: "GET",
  path: "/api/v1/notebooks",
  summary: "List your team's notebooks, or one project's (?projectId=)",
  tag: "Notebooks",
  query: ZListNotebooks,
  response: z.object({ notebooks: z.array(ZNotebookSummary) }),
  run: async (actor, { query }) => ({ notebooks: await findNotebooks(actor, query) }),
});

export const createNotebookRoute = defineRoute({
  method: "POST",
  path: "/api/v1/notebooks",
  summary: "Create a notebook in a project: blank, or from one of the studio's examples (example: pandas-exploration, sklearn-classifier, pytorch-training)",
  tag: "Notebooks",
  body: ZCreateNotebookBody,
  response: ZNotebookSummary,
  run: (actor, { body }) => createNotebook(actor, body),
});

export const importNotebookRoute = defineRoute({
  method: "POST",
  path: "/api/v1/notebooks/import",
  summary: "Import a .ipynb file (nbformat 4) into a project: 422 says where a file breaks nbformat's schema",
  tag: "Notebooks",
  body: ZImportNotebook,
  // The file, and room for the fields around it.
  maxBodyBytes: IPYNB_MAX_BYTES + 2 ** 20,
  response: ZNotebookSummary,
  run: (actor, { body }) => importNotebook(actor, body),
});

export const exportNotebookRoute = defineRoute({
  method: "GET",
  path: "/api/v1/notebooks/{id}/ipynb",
  summary: "Download a notebook as a .ipynb file (nbformat 4.5), with its outputs",
  tag: "Notebooks",
  params: ZNotebookParams,
  response: z.record(z.string(), z.unknown()).describe("A Jupyter notebook, nbformat 4.5; metadata.title is the notebook's name"),
  headers: (notebook) => ({ "Content-Disposition": attachmentDisposition({ fileName: `${(notebook.metadata as { title: string }).title}.ipynb` }) }),
  run: (actor, { params }) => exportNotebook(actor, { notebookId: params.id }),
});

export const getNotebookRoute = defineRoute({
  method: "GET",
  path: "/api/v1/notebooks/{id}",
  summary: "Get a notebook with its cells, outputs and kernel state",
  tag: "Notebooks",
  params: ZNotebookParams,
  response: ZNotebookDetail,
  run: (actor, { params }) => getNotebook(actor, params.id),
});

async function updateNotebook(actor: TActor | null, notebookId: string, body: z.infer<typeof ZUpdateNotebookBody>) {
  if (body.name === undefined && body.gpus === undefined) throw new AppError("bad_input", "Send a name or gpus to change.");
  // Checked up front so that a refused change changes nothing.
  await findAuthorizedNotebook(actor, "notebook.edit", notebookId);
  let summary;
  if (body.name !== undefined) summary = await renameNotebook(actor, { notebookId, name: body.name });
  if (body.gpus !== undefined) summary = await setNotebookGpus(actor, { notebookId, gpus: body.gpus });
  return summary!;
}

export const updateNotebookRoute = defineRoute({
  method: "PATCH",
  path: "/api/v1/notebooks/{id}",
  summary: "Rename a notebook or change the GPUs its kernel asks for",
  tag: "Notebooks",
  params: ZNotebookParams,
  body: ZUpdateNotebookBody,
  response: ZNotebookSummary,
  run: (actor, { params, body }) => updateNotebook(actor, params.id, body),
});

export const deleteNotebookRoute = defineRoute({
  method: "DELETE",
  path: "/api/v1/notebooks/{id}",
  summary: "Delete a notebook (its kernel is shut down)",
  tag: "Notebooks",
  params: ZNotebookParams,
  response: z.object({ id: z.string() }),
  run: (actor, { params }) => deleteNotebook(actor, { notebookId: params.id }),
});

export const addCellRoute = defineRoute({
  method: "POST",
  path: "/api/v1/notebooks/{id}/cells",
  summary: "Add a cell at a position",
  tag: "Notebooks",
  params: ZNotebookParams,
  body: ZAddCellBody,
  response: ZCellAnswer,
  run: (actor, { params, body }) => addCell(actor, { ...body, notebookId: params.id }),
});

async function updateCell(actor: TActor | null, params: z.infer<typeof ZCellParams>, body: z.infer<typeof ZUpdateCellBody>) {
  if (body.source === undefined && body.type === undefined) throw new AppError("bad_input", "Send a source (with its version) or a type.");
  const ref = { cellId: params.cellId, notebookId: params.id };
  if (body.source !== undefined) await updateCellSource(actor, { ...ref, source: body.source, version: body.version! });
  if (body.type !== undefined) await changeCellType(actor, { ...ref, type: body.type });
  return db.cell.findUniqueOrThrow({ where: { id: params.cellId }, select: { id: true, position: true, type: true, source: true, version: true } });
}

export const updateCellRoute = defineRoute({
  method: "PATCH",
  path: "/api/v1/notebooks/{id}/cells/{cellId}",
  summary: "Change a cell's source (409 if it changed since your version) or type",
  tag: "Notebooks",
  params: ZCellParams,
  body: ZUpdateCellBody,
  response: ZCellAnswer,
  run: (actor, { params, body }) => updateCell(actor, params, body),
});

export const deleteCellRoute = defineRoute({
  method: "DELETE",
  path: "/api/v1/notebooks/{id}/cells/{cellId}",
  summary: "Delete a cell",
  tag: "Notebooks",
  params: ZCellParams,
  response: z.object({ id: z.string() }),
  run: (actor, { params }) => deleteCell(actor, { cellId: params.cellId, notebookId: params.id }),
});
