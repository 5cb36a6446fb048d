// Output storage against the real database, with Jupyter's rules for clear_output (wait or
// not) and update_display_data, and the guards that keep stale or foreign outputs out.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TKernelOutput } from "@/lib/protocol";
import { toStoredOutputs } from "@/lib/notebooks/get-notebook";
import { seedKernelSession, seedMember, seedNotebook, seedTeam, seedWorker } from "@/prisma/seed/factories";
import { storeKernelOutput } from "./store-kernel-output";

const print = (text: string): TKernelOutput => ({ msg_type: "stream", content: { name: "stdout", text } });
const clear = (wait: boolean): TKernelOutput => ({ msg_type: "clear_output", content: { wait } });
const display = (text: string, displayId?: string): TKernelOutput => ({
  msg_type: "display_data",
  content: { data: { "text/plain": text }, metadata: {}, ...(displayId && { transient: { display_id: displayId } }) },
});

let context: Awaited<ReturnType<typeof setUp>>;

async function setUp() {
  const member = await seedMember((await seedTeam()).id, "MEMBER");
  const notebook = await seedNotebook(member, { cells: [{ source: "a" }, { source: "b" }] });
  const worker = await seedWorker(member.teamId);
  const session = await seedKernelSession(notebook, { workerId: worker.id });
  const run = async (cellIndex: number) =>
    db.execution.create({ data: { sessionId: session.id, cellId: notebook.cells[cellIndex].id, code: "", status: "RUNNING" } });
  return { member, notebook, worker, session, run };
}

async function texts(cellId: string) {
  const rows = await db.output.findMany({ where: { cellId }, orderBy: { seq: "asc" } });
  return toStoredOutputs(rows).map(({ output }) =>
    output.msg_type === "stream" ? output.content.text : output.msg_type === "display_data" ? output.content.data["text/plain"] : output.msg_type,
  );
}

beforeEach(async () => {
  context = await setUp();
});

function store(executionId: string, output: TKernelOutput, worker = { workerId: context.worker.id, sessionId: context.session.id }) {
  return storeKernelOutput({ executionId, output, worker });
}

describe("storeKernelOutput", () => {
  it("stores outputs in arrival order with growing seq, and says where they went", async () => {
    const execution = await context.run(0);
    const first = await store(execution.id, print("one\n"));
    const second = await store(execution.id, display("two"));
    expect(first).toEqual({ cellId: context.notebook.cells[0].id, notebookId: context.notebook.id, teamId: context.member.teamId, seq: 1 });
    expect(second?.seq).toBe(2);
    expect(await texts(context.notebook.cells[0].id)).toEqual(["one\n", "two"]);
  });

  it("stores an output whose published seq was taken meanwhile (a \"worker lost\" note) after the one there", async () => {
    const execution = await context.run(0);
    await store(execution.id, print("taken\n"));
    const late = await storeKernelOutput({ executionId: execution.id, output: print("late\n"), worker: { workerId: context.worker.id, sessionId: context.session.id }, seq: 1 });
    expect(late?.seq).toBe(2);
    expect(await texts(context.notebook.cells[0].id)).toEqual(["taken\n", "late\n"]);
  });

  it("clears at once without wait, and only at the next output with wait, keeping seq growing", async () => {
    const execution = await context.run(0);
    const cellId = context.notebook.cells[0].id;
    await store(execution.id, print("old\n"));
    await store(execution.id, clear(false));
    expect(await texts(cellId)).toEqual([]);
    await store(execution.id, print("frame 1\n"));
    await store(execution.id, clear(true));
    // Jupyter keeps showing the old output until something replaces it.
    expect(await texts(cellId)).toEqual(["frame 1\n"]);
    await store(execution.id, clear(true)); // a second wait-clear is no output: nothing is cleared
    expect(await texts(cellId)).toEqual(["frame 1\n"]);
    const next = await store(execution.id, print("frame 2\n"));
    expect(await texts(cellId)).toEqual(["frame 2\n"]);
    const seqs = (await db.output.findMany({ where: { cellId }, select: { seq: true } })).map((o) => o.seq);
    expect(next!.seq).toBeGreaterThan(4);
    expect(seqs).toEqual([next!.seq]);
  });

  it("updates every output of the notebook with the display_id, in any cell, and no other notebook's", async () => {
    const first = await context.run(0);
    await store(first.id, display("0%", "progress"));
    const other = await setUp();
    const foreign = await other.run(0);
    await storeKernelOutput({ executionId: foreign.id, output: display("theirs", "progress"), worker: { workerId: other.worker.id, sessionId: other.session.id } });

    const second = await context.run(1);
    const update: TKernelOutput = { msg_type: "update_display_data", content: { data: { "text/plain": "100%" }, metadata: {}, transient: { display_id: "progress" } } };
    expect(await store(second.id, update)).toMatchObject({ cellId: context.notebook.cells[1].id, seq: 0 });
    expect(await texts(context.notebook.cells[0].id)).toEqual(["100%"]);
    expect(await texts(context.notebook.cells[1].id)).toEqual([]);
    expect(await texts(other.notebook.cells[0].id)).toEqual(["theirs"]);
  });

  it("refuses outputs from another worker, for a stopped session, or of a run the cell has since replaced", async () => {
    const execution = await context.run(0);
    const stranger = await seedWorker(context.member.teamId);
    expect(await store(execution.id, print("x"), { workerId: stranger.id, sessionId: context.session.id })).toBeNull();

    const newer = await context.run(0);
    expect(await store(execution.id, print("late\n"))).toBeNull();
    expect(await store(newer.id, print("fresh\n"))).not.toBeNull();

    await db.kernelSession.update({ where: { id: context.session.id }, data: { state: "LOST" } });
    expect(await store(newer.id, print("after loss\n"))).toBeNull();
    expect(await texts(context.notebook.cells[0].id)).toEqual(["fresh\n"]);
  });
});
