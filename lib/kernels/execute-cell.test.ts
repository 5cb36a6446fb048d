// cell:execute against the real database (no worker online in these teams: kernels queue).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { seedKernelSession, seedMember, seedNotebook, seedTeam, seedUser } from "@/prisma/seed/factories";
import { executeCell } from "./execute-cell";

async function setUp() {
  const member = await seedMember((await seedTeam()).id, "MEMBER");
  const notebook = await seedNotebook(member, { cells: [{ source: "old" }, { type: "MARKDOWN", source: "# Notes" }] });
  return { member, notebook, cellId: notebook.cells[0].id };
}

describe("executeCell", () => {
  it("saves the code, clears the outputs and queues the run on a new kernel session", async () => {
    const { member, notebook, cellId } = await setUp();
    await db.output.create({ data: { cellId, seq: 1, msgType: "stream", content: { name: "stdout", text: "stale\n" } } });
    const { executionId, version } = await executeCell(member, { notebookId: notebook.id, cellId, code: "1+1", version: 1 });
    expect(version).toBe(2);
    expect(await db.cell.findUniqueOrThrow({ where: { id: cellId } })).toMatchObject({ source: "1+1", version: 2, updatedById: member.userId });
    expect(await db.output.count({ where: { cellId } })).toBe(0);
    const execution = await db.execution.findUniqueOrThrow({ where: { id: executionId }, include: { session: true } });
    expect(execution).toMatchObject({ status: "QUEUED", code: "1+1", cellId, session: { notebookId: notebook.id, state: "QUEUED" } });
    expect(execution.session.reason).toBe("No worker is online; waiting in queue (position 1).");
    // A second run queues on the same session.
    const second = await executeCell(member, { notebookId: notebook.id, cellId, code: "1+1" });
    expect((await db.execution.findUniqueOrThrow({ where: { id: second.executionId } })).sessionId).toBe(execution.sessionId);
    expect(second.version).toBe(2); // same code: no new version
  });

  it("refuses code edited from an old version, naming who changed it, and changes nothing", async () => {
    const { member, notebook, cellId } = await setUp();
    const ada = await seedUser({ name: "Ada" });
    await db.cell.update({ where: { id: cellId }, data: { source: "ada's", version: 5, updatedById: ada.id } });
    const error = await executeCell(member, { notebookId: notebook.id, cellId, code: "mine", version: 4 }).catch((e: AppError) => e);
    expect(error).toMatchObject({ code: "conflict", message: "This cell was changed by Ada meanwhile.", details: { source: "ada's", version: 5 } });
    expect(await db.cell.findUniqueOrThrow({ where: { id: cellId } })).toMatchObject({ source: "ada's", version: 5 });
    expect(await db.execution.count({ where: { cellId } })).toBe(0);
    // Running exactly what is saved is no conflict, whatever version the editor had.
    await expect(executeCell(member, { notebookId: notebook.id, cellId, code: "ada's", version: 4 })).resolves.toMatchObject({ version: 5 });
  });

  it("runs code cells only, and replaces a dead kernel with a new session", async () => {
    const { member, notebook, cellId } = await setUp();
    const markdown = await executeCell(member, { notebookId: notebook.id, cellId: notebook.cells[1].id, code: "x" }).catch((e: AppError) => e);
    expect(markdown).toMatchObject({ code: "bad_input" });
    const missing = await executeCell(member, { notebookId: notebook.id, cellId: "nope", code: "x" }).catch((e: AppError) => e);
    expect(missing).toMatchObject({ code: "not_found" });

    const dead = await seedKernelSession(notebook, { state: "DEAD" });
    const { executionId } = await executeCell(member, { notebookId: notebook.id, cellId, code: "2+2" });
    const execution = await db.execution.findUniqueOrThrow({ where: { id: executionId } });
    expect(execution.sessionId).not.toBe(dead.id);
    expect((await db.kernelSession.findUniqueOrThrow({ where: { id: dead.id } })).state).toBe("STOPPED");
  });
});
