// Notebooks of a project: create (blank or from an example), list, rename, choose CPU or GPUs, delete.
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { stopNotebookSessions } from "@/lib/kernels/control-kernel";
import { publishToRoom } from "@/lib/server/publish";
import { findAuthorizedNotebook, findNotebookProject } from "./find-authorized-notebook";
import { importNotebook } from "./ipynb/import-notebook";
import { readExampleNotebook } from "./ipynb/read-example-notebook";
import { SUMMARY_SELECT, toSummary } from "./notebook-summary";
import type { TCreateNotebook } from "./schemas";

// What Jupyter writes into a new Python notebook, so that an exported .ipynb opens anywhere.
const BLANK_METADATA = {
  kernelspec: { name: "python3", display_name: "Python 3", language: "python" },
  language_info: { name: "python" },
};

/** The team's notebooks, or one project's; most recently changed first. */
export async function findNotebooks(actor: TActor | null, options: { projectId?: string } = {}) {
  const { teamId } = authorizeInTeam(actor, "notebook.read");
  const notebooks = await db.notebook.findMany({
    where: { teamId, ...(options.projectId && { projectId: options.projectId }) },
    orderBy: { updatedAt: "desc" },
    select: SUMMARY_SELECT,
  });
  return notebooks.map(toSummary);
}

/** A blank notebook, one empty code cell as Jupyter makes it; or one of the examples. */
export async function createNotebook(actor: TActor | null, input: TCreateNotebook) {
  const { teamId, userId } = authorizeInTeam(actor, "notebook.edit");
  if (input.example) {
    const notebook = await readExampleNotebook({ slug: input.example });
    return importNotebook(actor, { projectId: input.projectId, name: input.name, gpus: input.gpus, notebook });
  }
  const project = await findNotebookProject(teamId, input.projectId);
  const notebook = await db.notebook.create({
    data: {
      teamId,
      projectId: project.id,
      name: input.name,
      gpus: input.gpus,
      createdById: userId,
      metadata: BLANK_METADATA,
      cells: { create: { position: 0, type: "CODE", source: "", updatedById: userId } },
    },
    select: SUMMARY_SELECT,
  });
  return toSummary(notebook);
}

export async function renameNotebook(actor: TActor | null, input: { notebookId: string; name: string }) {
  const notebook = await findAuthorizedNotebook(actor, "notebook.edit", input.notebookId);
  const updated = await db.notebook.update({ where: { id: notebook.id }, data: { name: input.name }, select: SUMMARY_SELECT });
  publishToRoom(notebook.teamId, { kind: "notebook", id: notebook.id }, "notebook:cells-changed", { notebookId: notebook.id });
  return toSummary(updated);
}

/** What the notebook's next kernel asks of a worker: 0 for CPU, N for N GPUs. */
export async function setNotebookGpus(actor: TActor | null, input: { notebookId: string; gpus: number }) {
  const notebook = await findAuthorizedNotebook(actor, "notebook.edit", input.notebookId);
  const updated = await db.notebook.update({ where: { id: notebook.id }, data: { gpus: input.gpus }, select: SUMMARY_SELECT });
  publishToRoom(notebook.teamId, { kind: "notebook", id: notebook.id }, "notebook:cells-changed", { notebookId: notebook.id });
  return toSummary(updated);
}

/** Stops its kernel first, so no worker keeps running code for a notebook that is gone. */
export async function deleteNotebook(actor: TActor | null, input: { notebookId: string }) {
  const notebook = await findAuthorizedNotebook(actor, "notebook.edit", input.notebookId);
  await stopNotebookSessions(notebook);
  await db.notebook.delete({ where: { id: notebook.id } });
  publishToRoom(notebook.teamId, { kind: "notebook", id: notebook.id }, "notebook:cells-changed", { notebookId: notebook.id });
  return { id: notebook.id };
}
