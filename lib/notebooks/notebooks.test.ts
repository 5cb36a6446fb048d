// Notebooks and cells against the real database: CRUD, positions, and the version check
// that keeps concurrent edits from being lost silently.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { seedMember, seedProject, seedTeam, seedUser } from "@/prisma/seed/factories";
import { addCell, changeCellType, deleteCell, moveCell } from "./manage-cells";
import { createNotebook, deleteNotebook, findNotebooks, renameNotebook, setNotebookGpus } from "./manage-notebooks";
import { getNotebook } from "./get-notebook";
import { updateCellSource } from "./update-cell-source";

async function teamWithProject() {
  const team = await seedTeam();
  const member = await seedMember(team.id, "MEMBER");
  const project = await seedProject(team.id);
  return { team, member, project };
}

async function sources(actor: Awaited<ReturnType<typeof seedMember>>, notebookId: string) {
  const notebook = await getNotebook(actor, notebookId);
  return notebook.cells.map((c) => `${c.position}:${c.source}`);
}

async function thrown(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (error) => error as AppError,
  );
}

describe("notebooks", () => {
  it("creates a blank notebook with one empty code cell, lists it per project and team, renames and deletes it", async () => {
    const { member, project } = await teamWithProject();
    const otherProject = await seedProject(member.teamId);
    const created = await createNotebook(member, { projectId: project.id, name: "Exploration", gpus: 0 });
    await createNotebook(member, { projectId: otherProject.id, name: "Elsewhere", gpus: 0 });

    const notebook = await getNotebook(member, created.id);
    expect(notebook.cells).toMatchObject([{ position: 0, type: "CODE", source: "", version: 1, outputs: [], execution: null }]);
    expect(notebook.metadata).toMatchObject({ kernelspec: { name: "python3" } });
    expect(notebook.kernel).toEqual({ sessionId: null, state: "stopped", workerHostname: null, reason: null });

    expect((await findNotebooks(member, { projectId: project.id })).map((n) => n.name)).toEqual(["Exploration"]);
    expect((await findNotebooks(member)).map((n) => n.name).sort()).toEqual(["Elsewhere", "Exploration"]);

    expect(await renameNotebook(member, { notebookId: created.id, name: "Renamed" })).toMatchObject({ name: "Renamed", cellCount: 1 });
    expect(await setNotebookGpus(member, { notebookId: created.id, gpus: 2 })).toMatchObject({ gpus: 2 });
    await deleteNotebook(member, { notebookId: created.id });
    expect(await db.notebook.count({ where: { id: created.id } })).toBe(0);
    expect(await db.cell.count({ where: { notebookId: created.id } })).toBe(0);
  });

  it("refuses a project of another team and hides notebooks from other teams", async () => {
    const { member, project } = await teamWithProject();
    const outsider = await seedMember((await seedTeam()).id, "OWNER");
    expect((await thrown(createNotebook(outsider, { projectId: project.id, name: "Theirs", gpus: 0 })))?.code).toBe("not_found");
    const created = await createNotebook(member, { projectId: project.id, name: "Ours", gpus: 0 });
    expect((await thrown(getNotebook(outsider, created.id)))?.code).toBe("not_found");
    expect(await findNotebooks(outsider)).toEqual([]);
  });

  it("lets viewers read but not edit, and annotators not even read", async () => {
    const { member, project } = await teamWithProject();
    const viewer = await seedMember(member.teamId, "VIEWER");
    const annotator = await seedMember(member.teamId, "ANNOTATOR");
    const created = await createNotebook(member, { projectId: project.id, name: "Shared", gpus: 0 });
    expect((await getNotebook(viewer, created.id)).name).toBe("Shared");
    const cellId = (await getNotebook(member, created.id)).cells[0].id;
    expect((await thrown(updateCellSource(viewer, { cellId, source: "x = 1", version: 1 })))?.code).toBe("forbidden");
    expect((await thrown(getNotebook(annotator, created.id)))?.code).toBe("forbidden");
    expect((await db.cell.findUniqueOrThrow({ where: { id: cellId } })).source).toBe("");
  });
});

describe("cells", () => {
  it("keeps positions 0..n-1 through add, move and delete", async () => {
    const { member, project } = await teamWithProject();
    const { id } = await createNotebook(member, { projectId: project.id, name: "Cells", gpus: 0 });
    const first = (await getNotebook(member, id)).cells[0];
    await updateCellSource(member, { cellId: first.id, source: "a", version: 1 });
    const c = await addCell(member, { notebookId: id, type: "CODE", position: 99, source: "c" });
    await addCell(member, { notebookId: id, type: "MARKDOWN", position: 1, source: "b" });
    const zero = await addCell(member, { notebookId: id, type: "CODE", position: 0, source: "z" });
    expect(await sources(member, id)).toEqual(["0:z", "1:a", "2:b", "3:c"]);

    await moveCell(member, { cellId: zero.id, position: 3 });
    expect(await sources(member, id)).toEqual(["0:a", "1:b", "2:c", "3:z"]);
    await moveCell(member, { cellId: c.id, position: 0 });
    expect(await sources(member, id)).toEqual(["0:c", "1:a", "2:b", "3:z"]);
    await deleteCell(member, { cellId: first.id });
    expect(await sources(member, id)).toEqual(["0:c", "1:b", "2:z"]);
  });

  it("saves with a version check: a stale version is a conflict naming who saved, with their text", async () => {
    const { member, project } = await teamWithProject();
    const ada = await seedUser({ name: "Ada Lovelace" });
    await db.membership.create({ data: { userId: ada.id, teamId: member.teamId, role: "MEMBER" } });
    const adaActor = { userId: ada.id, teamId: member.teamId, role: "MEMBER" as const };
    const { id } = await createNotebook(member, { projectId: project.id, name: "Together", gpus: 0 });
    const cellId = (await getNotebook(member, id)).cells[0].id;

    expect(await updateCellSource(adaActor, { cellId, source: "x = 1", version: 1 })).toMatchObject({ version: 2 });
    const conflict = await thrown(updateCellSource(member, { cellId, source: "x = 2", version: 1 }));
    expect(conflict).toBeInstanceOf(AppError);
    expect(conflict?.code).toBe("conflict");
    expect(conflict?.message).toBe("This cell was changed by Ada Lovelace meanwhile.");
    expect(conflict?.details).toMatchObject({ source: "x = 1", version: 2, savedBy: "Ada Lovelace" });
    expect((await db.cell.findUniqueOrThrow({ where: { id: cellId } })).source).toBe("x = 1");

    // Based on the current version it saves; the same text again changes nothing.
    expect(await updateCellSource(member, { cellId, source: "x = 2", version: 2 })).toMatchObject({ version: 3 });
    expect(await updateCellSource(member, { cellId, source: "x = 2", version: 1 })).toMatchObject({ version: 3 });
  });

  it("drops outputs and the execution count when a code cell becomes markdown", async () => {
    const { member, project } = await teamWithProject();
    const { id } = await createNotebook(member, { projectId: project.id, name: "Types", gpus: 0 });
    const cellId = (await getNotebook(member, id)).cells[0].id;
    await db.cell.update({ where: { id: cellId }, data: { executionCount: 3 } });
    await db.output.create({ data: { cellId, seq: 1, msgType: "stream", content: { name: "stdout", text: "hi\n" } } });
    await changeCellType(member, { cellId, type: "MARKDOWN" });
    const cell = (await getNotebook(member, id)).cells[0];
    expect(cell).toMatchObject({ type: "MARKDOWN", executionCount: null, outputs: [] });
  });
});
