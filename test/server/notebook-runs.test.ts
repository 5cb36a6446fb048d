// Headless runs with nothing mocked: REST with an API token → the real server → a real
// worker process → a real ipykernel; a browser in the notebook's room watches them live.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Socket } from "socket.io-client";
import type { TNotebookRun } from "@/lib/notebook-runs/schemas";
import type { TNotebookDetail } from "@/lib/notebooks/schemas";
import type { TAck } from "@/lib/protocol";
import { seedApiToken, seedMember, seedNotebook, seedProject, seedTeam } from "@/prisma/seed/factories";
import { connectStudioSocket, sessionCookie } from "./browser-session";
import { recordEvents } from "./socket-events";
import { startStudio } from "./start-studio";
import { waitFor } from "./wait-for";
import { startOnlineWorker, type startWorkerProcess } from "./worker-process";

type TOutputEvent = { cellId: string; executionId: string; output: { msg_type: string; content: Record<string, unknown> } };

let studio: Awaited<ReturnType<typeof startStudio>>;
let worker: ReturnType<typeof startWorkerProcess>;
let owner: Awaited<ReturnType<typeof seedMember>>;
let token: string;
let cookie: string;
let projectId: string;

async function api<T>(method: string, path: string, body?: unknown) {
  const response = await fetch(`${studio.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** A notebook of the team with a browser in its room, recording what reaches it. */
async function openNotebook(cells: string[]) {
  const notebook = await seedNotebook(owner, { projectId, cells: cells.map((source) => ({ source })) });
  const socket = await connectStudioSocket(studio.url, cookie);
  const events = recordEvents(socket);
  expect(await socket.timeout(10_000).emitWithAck("room:join", { room: { kind: "notebook", id: notebook.id } })).toEqual({ ok: true });
  return { notebook, socket, events };
}

async function startRun(notebookId: string, body: object = {}) {
  const started = await api<TNotebookRun>("POST", `/notebooks/${notebookId}/run`, body);
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  return started.body;
}

async function runEnded(notebookId: string, runId: string, timeoutMs = 60_000) {
  return waitFor(
    async () => {
      const { body } = await api<TNotebookRun>("GET", `/notebooks/${notebookId}/runs/${runId}`);
      return body.status === "queued" || body.status === "running" ? null : body;
    },
    `run ${runId} to end; the server said:\n${studio.output().slice(-2000)}`,
    timeoutMs,
  );
}

async function storedOutputs(notebookId: string) {
  const { body } = await api<TNotebookDetail>("GET", `/notebooks/${notebookId}`);
  return body.cells.map((cell) => cell.outputs.map(({ output }) => output));
}

/** Runs code interactively, as Shift+Enter does, on the notebook's current kernel. */
async function runInteractively(socket: Socket, notebookId: string, cellId: string, code: string) {
  const ack = (await socket.timeout(60_000).emitWithAck("cell:execute", { notebookId, cellId, code })) as TAck<{ executionId: string }>;
  if (!ack.ok) throw new Error(ack.error);
  return ack.data!.executionId;
}

beforeAll(async () => {
  studio = await startStudio();
  owner = await seedMember((await seedTeam()).id, "OWNER");
  token = (await seedApiToken(owner)).token;
  cookie = await sessionCookie(owner.userId);
  projectId = (await seedProject(owner.teamId)).id;
  worker = (await startOnlineWorker({ url: studio.url, teamId: owner.teamId, userId: owner.userId, name: "runs-test" })).worker;
}, 120_000);

afterAll(async () => {
  if (process.env.STUDIO_TEST_LOGS) console.log(studio?.output());
  await worker?.stop();
  await studio?.stop();
});

describe("a headless run", () => {
  it("runs every cell on a fresh kernel, streams to the open notebook, stores the outputs and succeeds", async () => {
    const { notebook, socket, events } = await openNotebook(["x = 21", "print(x * 2)", "x + 0.5"]);
    try {
      // Someone has the notebook's kernel running already: the run's counts start again at 1.
      const interactive = await runInteractively(socket, notebook.id, notebook.cells[0].id, "x = 21");
      await events.next("notebook:execution", (e: { executionId: string; status: string }) => e.executionId === interactive && e.status === "ok");

      const started = await startRun(notebook.id);
      expect(started).toMatchObject({ status: "queued", stopOnError: true, cells: { total: 3, done: 0 } });
      const run = await runEnded(notebook.id, started.id);
      expect(run).toMatchObject({
        status: "succeeded",
        cells: { total: 3, done: 3 },
        error: null,
        executions: [
          { position: 0, status: "ok", executionCount: 1 },
          { position: 1, status: "ok", executionCount: 2 },
          { position: 2, status: "ok", executionCount: 3 },
        ],
      });
      expect(new Date(run.finishedAt!).getTime()).toBeGreaterThanOrEqual(new Date(run.startedAt!).getTime());
      const outputs = await storedOutputs(notebook.id);
      expect(outputs[0]).toEqual([]);
      expect(outputs[1]).toEqual([{ msg_type: "stream", content: { name: "stdout", text: "42\n" } }]);
      expect(outputs[2]).toMatchObject([{ msg_type: "execute_result", content: { data: { "text/plain": "21.5" }, execution_count: 3 } }]);
      // The browser saw the run's cells queue and their outputs arrive, as for any execution.
      const last = run.executions[2];
      const seen = await events.next<TOutputEvent>("notebook:output", (o) => o.cellId === last.cellId && o.output.msg_type === "execute_result");
      expect(seen.output.content.data).toMatchObject({ "text/plain": "21.5" });
      expect(events.seen.filter((e) => e.event === "notebook:execution" && e.payload.status === "queued").length).toBeGreaterThanOrEqual(3);
    } finally {
      socket.close();
    }
  }, 90_000);

  it("fails at the cell that raises, and the cells after it never run", async () => {
    const { notebook, socket } = await openNotebook(["a = 1", "raise ValueError('boom')", "ran = True\nprint('after')"]);
    try {
      const run = await runEnded(notebook.id, (await startRun(notebook.id)).id);
      expect(run).toMatchObject({
        status: "failed",
        cells: { total: 3, done: 3 },
        error: { cellId: notebook.cells[1].id, position: 1, ename: "ValueError", evalue: "boom" },
        executions: [{ status: "ok" }, { status: "error" }, { status: "aborted", startedAt: null }],
      });
      const outputs = await storedOutputs(notebook.id);
      expect(outputs[1]).toMatchObject([{ msg_type: "error", content: { ename: "ValueError" } }]);
      expect(outputs[2]).toEqual([]);
      // The kernel stays for the notebook: it has the first cell's state and not the third's.
      const check = await runInteractively(socket, notebook.id, notebook.cells[0].id, "print(a, 'ran' in globals())");
      const printed = await waitFor(async () => (await storedOutputs(notebook.id))[0][0], `output of ${check}`);
      expect(printed).toEqual({ msg_type: "stream", content: { name: "stdout", text: "1 False\n" } });
    } finally {
      socket.close();
    }
  }, 90_000);

  it("goes on past errors with stopOnError false, as --allow-errors", async () => {
    const { notebook, socket } = await openNotebook(["1/0", "print('still here')"]);
    try {
      const run = await runEnded(notebook.id, (await startRun(notebook.id, { stopOnError: false })).id);
      expect(run).toMatchObject({ status: "succeeded", error: null, executions: [{ status: "error" }, { status: "ok" }] });
      expect((await storedOutputs(notebook.id))[1]).toEqual([{ msg_type: "stream", content: { name: "stdout", text: "still here\n" } }]);
    } finally {
      socket.close();
    }
  }, 90_000);

  it("times out: the kernel is interrupted, the run timed_out, and the kernel serves on", async () => {
    const { notebook, socket } = await openNotebook(["while True: pass", "print('never')"]);
    try {
      const started = await startRun(notebook.id, { timeoutSeconds: 2 });
      const run = await runEnded(notebook.id, started.id);
      expect(run).toMatchObject({
        status: "timed_out",
        error: { position: 0, ename: "TimeoutError", evalue: "The run did not finish within 2 s; the kernel was interrupted." },
        executions: [{}, { status: "aborted" }],
      });
      const elapsed = new Date(run.finishedAt!).getTime() - new Date(run.startedAt!).getTime();
      expect(elapsed).toBeGreaterThanOrEqual(2_000);
      expect(elapsed).toBeLessThan(5_000);
      // Interrupted: the loop ends with KeyboardInterrupt, and the kernel takes the next cell.
      const interrupted = await waitFor(async () => (await storedOutputs(notebook.id))[0][0], "the loop's KeyboardInterrupt");
      expect(interrupted).toMatchObject({ msg_type: "error", content: { ename: "KeyboardInterrupt" } });
      await runInteractively(socket, notebook.id, notebook.cells[1].id, "print('after the loop')");
      const printed = await waitFor(async () => (await storedOutputs(notebook.id))[1][0], "the cell after the timeout");
      expect(printed).toEqual({ msg_type: "stream", content: { name: "stdout", text: "after the loop\n" } });
    } finally {
      socket.close();
    }
  }, 90_000);

  it("answers 401 without a valid token, 404 for another notebook's run, 409 while one runs, 422 for a bad body", async () => {
    const { notebook, socket } = await openNotebook(["import time; time.sleep(30)"]);
    try {
      const unauthenticated = await fetch(`${studio.url}/api/v1/notebooks/${notebook.id}/run`, { method: "POST", headers: { authorization: "Bearer mls_nope" } });
      expect(unauthenticated.status).toBe(401);
      expect((await api("POST", `/notebooks/${notebook.id}/run`, { timeoutSeconds: 0 })).status).toBe(422);
      const run = await startRun(notebook.id);
      expect(await api("POST", `/notebooks/${notebook.id}/run`, {})).toMatchObject({ status: 409, body: { details: { runId: run.id } } });
      const other = await seedNotebook(owner, { projectId });
      expect((await api("GET", `/notebooks/${other.id}/runs/${run.id}`)).status).toBe(404);
      const cancelled = await api<TNotebookRun>("POST", `/notebooks/${notebook.id}/runs/${run.id}/cancel`, {});
      expect(cancelled).toMatchObject({ status: 201, body: { status: "cancelled", error: { ename: "Cancelled" } } });
    } finally {
      socket.close();
    }
  }, 90_000);
});
