// What happens to cells when their worker goes away, when a kernel dies, and when a cell
// ends: against the real database, through the same functions the sockets call.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getNotebook, toStoredOutputs } from "@/lib/notebooks/get-notebook";
import { seedKernelSession, seedMember, seedNotebook, seedTeam, seedWorker } from "@/prisma/seed/factories";
import { finishExecution } from "./finish-execution";
import { reconcileWorkerKernels } from "./reconcile-worker-kernels";
import { reapLostWorkers } from "./reap-lost-workers";
import { updateKernelState } from "./update-kernel-state";

async function cellsWithRuns(options: { workerStatus: "ONLINE" | "OFFLINE"; lastSeenAgoMs: number }) {
  const member = await seedMember((await seedTeam()).id, "MEMBER");
  const notebook = await seedNotebook(member, { cells: [{ source: "while True: pass" }, { source: "print(1)" }] });
  const worker = await seedWorker(member.teamId, { status: options.workerStatus });
  await db.worker.update({ where: { id: worker.id }, data: { lastSeenAt: new Date(Date.now() - options.lastSeenAgoMs) } });
  const session = await seedKernelSession(notebook, { workerId: worker.id, state: "BUSY" });
  const running = await db.execution.create({
    data: { sessionId: session.id, cellId: notebook.cells[0].id, code: "while True: pass", status: "RUNNING", startedAt: new Date() },
  });
  const queued = await db.execution.create({ data: { sessionId: session.id, cellId: notebook.cells[1].id, code: "print(1)" } });
  return { member, notebook, worker, session, running, queued };
}

async function errorText(cellId: string) {
  const outputs = toStoredOutputs(await db.output.findMany({ where: { cellId }, orderBy: { seq: "asc" } }));
  return outputs.map(({ output }) => (output.msg_type === "error" ? `${output.content.ename}: ${output.content.evalue}` : output.msg_type));
}

const longAgo = new Date(Date.now() - 60_000);

describe("reapLostWorkers", () => {
  it("loses the kernels of a worker gone past its grace: cells end LOST with an error saying so", async () => {
    const { member, notebook, worker, session, running, queued } = await cellsWithRuns({ workerStatus: "OFFLINE", lastSeenAgoMs: 6_000 });
    await reapLostWorkers({ bootAt: longAgo });
    expect(await db.kernelSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      state: "LOST",
      reason: `Worker lost: ${worker.hostname} disconnected.`,
    });
    expect(await db.execution.findUniqueOrThrow({ where: { id: running.id } })).toMatchObject({ status: "LOST" });
    expect(await db.execution.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ status: "LOST" });
    expect(await errorText(notebook.cells[0].id)).toEqual([`WorkerLost: Worker lost: ${worker.hostname} disconnected while this cell ran.`]);
    expect(await errorText(notebook.cells[1].id)).toEqual([`WorkerLost: Worker lost: ${worker.hostname} disconnected before this cell ran.`]);
    // A browser opening the notebook later still sees how each cell ended.
    const reopened = await getNotebook(member, notebook.id);
    expect(reopened.cells.map((cell) => cell.execution)).toEqual([
      { id: running.id, status: "lost" },
      { id: queued.id, status: "lost" },
    ]);
    // Once only: a second pass (another replica) changes nothing.
    await reapLostWorkers({ bootAt: longAgo });
    expect(await db.output.count({ where: { cellId: notebook.cells[0].id } })).toBe(1);
  });

  it("takes a silent worker offline and loses its kernels, but waits out the grace after a reconnect or a server start", async () => {
    const silent = await cellsWithRuns({ workerStatus: "ONLINE", lastSeenAgoMs: 11_000 });
    const recent = await cellsWithRuns({ workerStatus: "OFFLINE", lastSeenAgoMs: 1_000 });
    const afterBoot = await cellsWithRuns({ workerStatus: "OFFLINE", lastSeenAgoMs: 30_000 });
    await reapLostWorkers({ bootAt: longAgo, graceMs: 5_000 });
    expect(await db.worker.findUniqueOrThrow({ where: { id: silent.worker.id } })).toMatchObject({ status: "OFFLINE" });
    expect(await db.kernelSession.findUniqueOrThrow({ where: { id: silent.session.id } })).toMatchObject({ state: "LOST" });
    expect(await db.kernelSession.findUniqueOrThrow({ where: { id: recent.session.id } })).toMatchObject({ state: "BUSY" });
    expect((await db.kernelSession.findUniqueOrThrow({ where: { id: afterBoot.session.id } })).state).toBe("LOST");

    // A server that just started gives every worker the grace to reconnect to it.
    const fresh = await cellsWithRuns({ workerStatus: "OFFLINE", lastSeenAgoMs: 30_000 });
    await reapLostWorkers({ bootAt: new Date() });
    expect((await db.kernelSession.findUniqueOrThrow({ where: { id: fresh.session.id } })).state).toBe("BUSY");
  });
});

describe("reconcileWorkerKernels", () => {
  it("at hello, loses the sessions a worker came back without (it restarted), and keeps those it still holds", async () => {
    const { notebook, worker, session, running } = await cellsWithRuns({ workerStatus: "ONLINE", lastSeenAgoMs: 0 });
    const kept = await seedKernelSession(await seedNotebook({ userId: notebook.createdById, teamId: worker.teamId, role: "MEMBER" }), { workerId: worker.id });
    await reconcileWorkerKernels({ workerId: worker.id, hostname: worker.hostname, kernels: [{ sessionId: kept.id, state: "idle" }], isHello: true });
    expect(await db.kernelSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({
      state: "LOST",
      reason: `Worker lost: ${worker.hostname} restarted.`,
    });
    expect((await db.execution.findUniqueOrThrow({ where: { id: running.id } })).status).toBe("LOST");
    expect((await db.kernelSession.findUniqueOrThrow({ where: { id: kept.id } })).state).toBe("IDLE");
  });
});

describe("kernel events from a worker", () => {
  it("ends a cell with its status and count, on the execution and the cell; the next runs when the worker says so", async () => {
    const { notebook, worker, session, running, queued } = await cellsWithRuns({ workerStatus: "ONLINE", lastSeenAgoMs: 0 });
    await finishExecution(worker.id, { sessionId: session.id, executionId: running.id, status: "error", executionCount: 7 });
    expect(await db.execution.findUniqueOrThrow({ where: { id: running.id } })).toMatchObject({ status: "ERROR", executionCount: 7 });
    expect((await db.cell.findUniqueOrThrow({ where: { id: notebook.cells[0].id } })).executionCount).toBe(7);
    expect((await db.execution.findUniqueOrThrow({ where: { id: queued.id } })).status).toBe("QUEUED");
    await updateKernelState({ workerId: worker.id, hostname: worker.hostname }, { sessionId: session.id, state: "busy", executionId: queued.id });
    expect((await db.execution.findUniqueOrThrow({ where: { id: queued.id } })).status).toBe("RUNNING");
    // Another worker's word about this session counts for nothing.
    const stranger = await seedWorker(worker.teamId);
    await finishExecution(stranger.id, { sessionId: session.id, executionId: queued.id, status: "ok", executionCount: 8 });
    expect((await db.execution.findUniqueOrThrow({ where: { id: queued.id } })).status).toBe("RUNNING");
  });

  it("reports a dead kernel: the session DEAD with its reason, its cells DEAD with an error", async () => {
    const { notebook, worker, session, running, queued } = await cellsWithRuns({ workerStatus: "ONLINE", lastSeenAgoMs: 0 });
    await updateKernelState({ workerId: worker.id, hostname: worker.hostname }, { sessionId: session.id, state: "dead", reason: "kernel exited with code 1" });
    expect(await db.kernelSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ state: "DEAD", reason: "kernel exited with code 1" });
    expect((await db.execution.findUniqueOrThrow({ where: { id: running.id } })).status).toBe("DEAD");
    expect((await db.execution.findUniqueOrThrow({ where: { id: queued.id } })).status).toBe("DEAD");
    expect(await errorText(notebook.cells[0].id)).toEqual(["DeadKernelError: The kernel died while this cell ran (kernel exited with code 1)."]);
    // A late "done" for it changes nothing.
    await finishExecution(worker.id, { sessionId: session.id, executionId: running.id, status: "dead", executionCount: null });
    expect((await db.execution.findUniqueOrThrow({ where: { id: running.id } })).status).toBe("DEAD");
  });
});
