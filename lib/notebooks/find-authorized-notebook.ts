// A notebook or cell of the actor's team that the actor may act on, or a clear refusal; and
// the project of the team a new notebook goes to. Another team's is "not found", so nobody
// learns what other teams hold.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize, requireActor } from "@/lib/auth/authorize";
import type { TAction, TActor } from "@/lib/permissions";

export async function findAuthorizedNotebook(actor: TActor | null, actions: TAction | TAction[], notebookId: string) {
  const { teamId } = requireActor(actor);
  const notebook = await db.notebook.findFirst({ where: { id: notebookId, teamId } });
  if (!notebook) throw new AppError("not_found", "This notebook does not exist in your team.");
  for (const action of [actions].flat()) authorize(actor, action, notebook);
  return notebook;
}

export async function findAuthorizedCell(actor: TActor | null, action: TAction, cellId: string, notebookId?: string) {
  const { teamId } = requireActor(actor);
  const cell = await db.cell.findFirst({
    where: { id: cellId, notebook: { teamId, ...(notebookId && { id: notebookId }) } },
    include: { notebook: true },
  });
  if (!cell) throw new AppError("not_found", "This cell does not exist (it may have been deleted).");
  authorize(actor, action, cell.notebook);
  return cell;
}

/** For a new notebook (create, import): the actor was authorized for the team already. */
export async function findNotebookProject(teamId: string, projectId: string) {
  const project = await db.project.findFirst({ where: { id: projectId, teamId }, select: { id: true } });
  if (!project) throw new AppError("not_found", "This project does not exist in your team.", { projectId: ["Choose a project of your team."] });
  return project;
}
