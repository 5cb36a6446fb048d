// Headless runs against the real database, through the functions the routes and the worker
// events call (no worker process: commands to workers fail fast, and cells are moved along
// by the kernel events a worker would send).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors";
import { executeCell } from "@/lib/kernels/execute-cell";
import { finishExecution } from "@/lib/kernels/finish-execution";
import { reapLostWorkers } from "@/lib/kernels/reap-lost-workers";
import { shutdownKernel } from "@/lib/kernels/control-kernel";
import { updateKernelState } from "@/lib/kernels/update-kernel-state";
import { seedMember, seedNotebook, seedNotebookRun, seedTeam, seedWorker } from "@/prisma/seed/factories";
import { getNotebookRun } from "./get-notebook-run";
import { settleNotebookRun } from "./settle-notebook-run";
import { startNotebookRun } from "./start-notebook-run";
import { cancelNotebookRun, timeOutNotebookRuns } from "./stop-notebook-run";

const THREE_CELLS = [{ source: "x = 1" }, { source: "raise ValueError('boom')" }, { source: "print(x)" }];

/** A run whose kernel is up on a (row-only) worker, its first cell sent, as launchSession leaves it. */
async function runningRun(options: { stopOnError?: boolean; timeoutSeconds?: number } = {}) {
  const member = await seedMember((await seedTeam()).id, "MEMBER");
  const notebook = await seedNotebook(member, { cells: THREE_CELLS });
  const worker = await seedWorker(member.teamId);
  const seeded = await seedNotebookRun(notebook, { ...options, workerId: worker.id, sessionState: "IDLE", cells: notebook.cells });
  const from = { workerId: worker.id, hostname: worker.hostname };
  const sessionId = seeded.session.id;
  const kernel = {
    start: (index: number) => updateKernelState(from, { sessionId, state: "busy", executionId: seeded.executions[index].id }),
    /** The kernel's end of a cell, with the error output it sends first when it failed. */
    finish: async (index: number, status: "ok" | "error") => {
      const { id: executionId, cellId } = seeded.executions[index];
      if (status === "error") {
        await db.output.create({ data: { cellId, seq: 1, msgType: "error", content: { ename: "ValueError", evalue: "boom", traceback: [] } } });
      }
      await finishExecution(worker.id, { sessionId, executionId, status, executionCount: index + 1 });
    },
  };
  const view = () => getNotebookRun(member, { notebookId: notebook.id, runId: seeded.run.id });
  return { member, notebook, worker, ...seeded, kernel, view };
}

const statuses = async (runId: string) =>
  (await db.execution.findMany({ where: { runId }, orderBy: [{ queuedAt: "asc" }, { id: "asc" }] })).map((e) => e.status);

describe("startNotebookRun", () => {
  it("replaces the notebook's kernel with a fresh session, queues every non-empty code cell in order, and clears them", async () => {
    const member = await seedMember((await seedTeam()).id, "MEMBER");
    const notebook = await seedNotebook(member, {
      cells: [{ source: "a = 1" }, { type: "MARKDOWN", source: "# Notes" }, { source: "  \n" }, { source: "print(a)" }],
    });
    const [first, , blank, last] = notebook.cells;
    // Someone is using the notebook: a cell of theirs waits for the kernel.
    const interactive = await executeCell(member, { notebookId: notebook.id, cellId: last.id, code: "print(a)" });
    await db.output.create({ data: { cellId: first.id, seq: 1, msgType: "stream", content: { name: "stdout", text: "stale\n" } } });
    await db.cell.update({ where: { id: first.id }, data: { executionCount: 9 } });

    const run = await startNotebookRun(member, { notebookId: notebook.id, timeoutSeconds: 60, stopOnError: true });
    expect(run).toMatchObject({
      status: "queued",
      stopOnError: true,
      timeoutSeconds: 60,
      cells: { total: 2, done: 0 },
      executions: [
        { cellId: first.id, position: 0, status: "queued" },
        { cellId: last.id, position: 3, status: "queued" },
      ],
      error: null,
      kernel: { state: "queued", reason: "No worker is online; waiting in queue (position 1)." },
    });
    expect(run.executions.map((e) => e.cellId)).not.toContain(blank.id);
    expect((await db.execution.findUniqueOrThrow({ where: { id: interactive.executionId } })).status).toBe("ABORTED");
    const sessions = await db.kernelSession.findMany({ where: { notebookId: notebook.id }, orderBy: { createdAt: "asc" } });
    expect(sessions.map((s) => s.state)).toEqual(["STOPPED", "QUEUED"]);
    expect((await db.notebookRun.findUniqueOrThrow({ where: { id: run.id } })).sessionId).toBe(sessions[1].id);
    expect(await db.output.count({ where: { cellId: first.id } })).toBe(0);
    expect((await db.cell.findUniqueOrThrow({ where: { id: first.id } })).executionCount).toBeNull();

    // One run at a time; a cell run meanwhile queues on the run's kernel.
    const again = await startNotebookRun(member, { notebookId: notebook.id, timeoutSeconds: null, stopOnError: true }).catch((e: AppError) => e);
    expect(again).toMatchObject({ code: "conflict", details: { runId: run.id } });
    const meanwhile = await executeCell(member, { notebookId: notebook.id, cellId: first.id, code: "a = 1" });
    expect((await db.execution.findUniqueOrThrow({ where: { id: meanwhile.executionId } })).sessionId).toBe(sessions[1].id);
  });

  it("succeeds at once when there is no code to run", async () => {
    const member = await seedMember((await seedTeam()).id, "MEMBER");
    const notebook = await seedNotebook(member, { cells: [{ type: "MARKDOWN", source: "# Only words" }] });
    const run = await startNotebookRun(member, { notebookId: notebook.id, timeoutSeconds: null, stopOnError: true });
    expect(run).toMatchObject({ status: "succeeded", cells: { total: 0, done: 0 }, finishedAt: expect.any(Date) });
  });
});

describe("a run's state", () => {
  it("runs once its first cell starts, sends the next cell only when one ends, and succeeds when all are ok", async () => {
    const { run, executions, session, worker, kernel, view } = await runningRun({ stopOnError: false });
    await kernel.start(0);
    expect(await view()).toMatchObject({ status: "running", startedAt: expect.any(Date), executions: [{ status: "running" }, { status: "queued" }, { status: "queued" }] });
    // Only the end of a cell sends the next (its first was sent with the kernel's start).
    expect(await settleNotebookRun(run.id)).toBeNull();

    // What finishExecution sends after a cell's end (not called here: there is no worker to take it).
    const end = async (index: number, status: "OK" | "ERROR") => {
      await db.execution.update({ where: { id: executions[index].id }, data: { status, finishedAt: new Date() } });
      return settleNotebookRun(run.id, { endedExecutionId: executions[index].id });
    };
    expect(await end(0, "OK")).toEqual({ workerId: worker.id, hostname: worker.hostname, sessionId: session.id, executionId: executions[1].id, code: executions[1].code });
    // Not stopping on errors, a failed cell is followed by the next one.
    expect(await end(1, "ERROR")).toMatchObject({ executionId: executions[2].id });
    expect(await end(2, "OK")).toBeNull();
    expect(await view()).toMatchObject({ status: "succeeded", cells: { total: 3, done: 3 }, error: null, finishedAt: expect.any(Date) });
  });

  it("fails at the first error, naming the cell and its error; the cells after it never run", async () => {
    const { run, notebook, kernel, view } = await runningRun();
    await kernel.start(0);
    await db.execution.updateMany({ where: { runId: run.id, cellId: notebook.cells[0].id }, data: { status: "OK" } });
    await kernel.start(1);
    await kernel.finish(1, "error");
    expect(await view()).toMatchObject({
      status: "failed",
      cells: { total: 3, done: 3 },
      error: { cellId: notebook.cells[1].id, position: 1, ename: "ValueError", evalue: "boom" },
      executions: [{ status: "ok" }, { status: "error", executionCount: 2 }, { status: "aborted", startedAt: null }],
    });
    expect(await db.output.count({ where: { cellId: notebook.cells[2].id } })).toBe(0);
    // A late word from the kernel about the aborted cell changes nothing.
    await kernel.finish(2, "ok");
    expect((await view()).executions[2].status).toBe("aborted");
  });

  it("fails when its kernel dies, with the reason in the error", async () => {
    const { run, worker, session, kernel, view } = await runningRun();
    await kernel.start(0);
    await updateKernelState({ workerId: worker.id, hostname: worker.hostname }, { sessionId: session.id, state: "dead", reason: "kernel killed by SIGKILL" });
    expect(await view()).toMatchObject({
      status: "failed",
      error: { position: 0, ename: "DeadKernelError", evalue: "The kernel died while this cell ran (kernel killed by SIGKILL)." },
    });
    expect(await statuses(run.id)).toEqual(["DEAD", "DEAD", "DEAD"]);
  });

  it("is lost with its worker", async () => {
    const { run, worker, kernel, view } = await runningRun();
    await kernel.start(0);
    await db.worker.update({ where: { id: worker.id }, data: { status: "OFFLINE", lastSeenAt: new Date(Date.now() - 60_000) } });
    await reapLostWorkers({ bootAt: new Date(Date.now() - 120_000) });
    expect(await view()).toMatchObject({
      status: "lost",
      error: { position: 0, ename: "WorkerLost", evalue: `Worker lost: ${worker.hostname} disconnected while this cell ran.` },
    });
    expect(await statuses(run.id)).toEqual(["LOST", "LOST", "LOST"]);
  });

  it("is cancelled when someone shuts its kernel down, or cancels it", async () => {
    const stopped = await runningRun();
    await stopped.kernel.start(0);
    await shutdownKernel(stopped.member, stopped.notebook.id);
    expect(await stopped.view()).toMatchObject({ status: "cancelled", error: { position: 0, ename: "Aborted" } });
    expect(await statuses(stopped.run.id)).toEqual(["ABORTED", "ABORTED", "ABORTED"]);

    const cancelled = await runningRun();
    await cancelled.kernel.start(0);
    const answer = await cancelNotebookRun(cancelled.member, { notebookId: cancelled.notebook.id, runId: cancelled.run.id });
    expect(answer).toMatchObject({ status: "cancelled", error: { position: 0, ename: "Cancelled", evalue: "Cancelled by member user." } });
    // The running cell is the kernel's to end (interrupted); the others never run.
    expect(await statuses(cancelled.run.id)).toEqual(["RUNNING", "ABORTED", "ABORTED"]);
    await cancelled.kernel.finish(0, "error");
    expect((await cancelled.view()).status).toBe("cancelled");
  });

  it("times out past its limit, counted from its first cell's start", async () => {
    const { run, kernel, view } = await runningRun({ timeoutSeconds: 1 });
    const waiting = await seedNotebookRun(await seedNotebook(await seedMember((await seedTeam()).id, "MEMBER")), { timeoutSeconds: 1 });
    await db.notebookRun.update({ where: { id: waiting.run.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    await kernel.start(0);
    expect(await timeOutNotebookRuns()).not.toContain(run.id);
    await db.notebookRun.update({ where: { id: run.id }, data: { startedAt: new Date(Date.now() - 1_500) } });
    expect(await timeOutNotebookRuns()).toContain(run.id);
    expect(await view()).toMatchObject({
      status: "timed_out",
      error: { position: 0, ename: "TimeoutError", evalue: "The run did not finish within 1 s; the kernel was interrupted." },
    });
    expect(await statuses(run.id)).toEqual(["RUNNING", "ABORTED", "ABORTED"]);
    // A run still waiting for a kernel has not started its clock.
    expect((await db.notebookRun.findUniqueOrThrow({ where: { id: waiting.run.id } })).status).toBe("QUEUED");
  });

  it("is found only through its own notebook, by its own team", async () => {
    const { run, notebook, member } = await runningRun();
    const outsider = await seedMember((await seedTeam()).id, "OWNER");
    await expect(getNotebookRun(outsider, { notebookId: notebook.id, runId: run.id })).rejects.toMatchObject({ code: "not_found" });
    const sibling = await seedNotebook(member);
    await expect(getNotebookRun(member, { notebookId: sibling.id, runId: run.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(getNotebookRun(member, { notebookId: notebook.id, runId: run.id })).resolves.toMatchObject({ id: run.id });
  });
});
