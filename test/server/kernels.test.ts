// The whole path with nothing mocked: a browser-side socket.io client → the real server →
// a real worker process → a real ipykernel, and back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Socket } from "socket.io-client";
import { db } from "@/lib/db";
import { PROTOCOL_VERSION, type TAck, type TCapabilities } from "@/lib/protocol";
import { seedMember, seedNotebook, seedProject, seedTeam, seedWorkerToken } from "@/prisma/seed/factories";
import { connectStudioSocket, connectWorkerSocket, sessionCookie } from "./browser-session";
import { recordEvents } from "./socket-events";
import { startStudio } from "./start-studio";
import { waitFor } from "./wait-for";
import { startOnlineWorker, type startWorkerProcess } from "./worker-process";

type TWorkerProcess = ReturnType<typeof startWorkerProcess>;
type TOutputEvent = { cellId: string; executionId: string; seq: number; output: { msg_type: string; content: Record<string, unknown> } };
type TExecutionEvent = { cellId: string; executionId: string; status: string; executionCount: number | null };
type TKernelEvent = { state: string; workerHostname: string | null; reason: string | null };

let studio: Awaited<ReturnType<typeof startStudio>>;
let owner: Awaited<ReturnType<typeof seedMember>>;
let cookie: string;
let projectId: string;
const workers: TWorkerProcess[] = [];

async function startWorker(name: string) {
  const started = await startOnlineWorker({ url: studio.url, teamId: owner.teamId, userId: owner.userId, name });
  workers.push(started.worker);
  return started;
}

async function emit<T = unknown>(socket: Socket, event: string, payload: unknown, timeoutMs = 60_000) {
  return (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as TAck<T>;
}

/** A notebook of the team with a browser in its room, recording what reaches it. */
async function openNotebook(cells: string[]) {
  const notebook = await seedNotebook(owner, { projectId, cells: cells.map((source) => ({ source })) });
  const socket = await connectStudioSocket(studio.url, cookie);
  const events = recordEvents(socket);
  expect(await emit(socket, "room:join", { room: { kind: "notebook", id: notebook.id } })).toEqual({ ok: true });
  const run = async (cellIndex: number, code: string) => {
    const ack = await emit<{ executionId: string }>(socket, "cell:execute", { notebookId: notebook.id, cellId: notebook.cells[cellIndex].id, code });
    if (!ack.ok) throw new Error(ack.error);
    return ack.data!.executionId;
  };
  const ended = (executionId: string, timeoutMs?: number) =>
    events.next<TExecutionEvent>("notebook:execution", (e) => e.executionId === executionId && !["queued", "running"].includes(e.status), { timeoutMs });
  const outputs = (executionId: string) => events.seen.filter((e) => e.event === "notebook:output" && e.payload.executionId === executionId).map((e) => e.payload as unknown as TOutputEvent);
  return { notebook, socket, events, run, ended, outputs };
}

beforeAll(async () => {
  studio = await startStudio();
  owner = await seedMember((await seedTeam()).id, "OWNER");
  cookie = await sessionCookie(owner.userId);
  projectId = (await seedProject(owner.teamId)).id;
}, 120_000);

afterAll(async () => {
  // STUDIO_TEST_LOGS=1 shows what the server printed, to see why something failed.
  if (process.env.STUDIO_TEST_LOGS) console.log(studio?.output());
  await Promise.all(workers.map((w) => w.stop()));
  await studio?.stop();
});

describe("a worker", () => {
  it("dials in, says what it has, and is listed ONLINE for its team", async () => {
    const { row } = await startWorker("kernels-test-a");
    const capabilities = row.capabilities as TCapabilities;
    expect(capabilities).toMatchObject({ hostname: "kernels-test-a", gpus: [], python: { version: expect.stringMatching(/^3\./) } });
    expect(capabilities.cpuCores).toBeGreaterThan(0);
    expect(capabilities.memoryBytes).toBeGreaterThan(0);
    expect(capabilities.packages.ipykernel).toEqual(expect.any(String));
    const listed = await (await fetch(`${studio.url}/api/v1/workers`, { headers: { cookie } })).json();
    expect(listed.workers).toEqual([expect.objectContaining({ hostname: "kernels-test-a", status: "online", isTokenRevoked: false })]);
    // Its heartbeat arrives within a few seconds, with the machine's load.
    const beat = await waitFor(async () => (await db.worker.findUnique({ where: { id: row.id } }))?.utilisation as { latest?: { cpuPercent: number } } | null, "a heartbeat");
    expect(beat.latest?.cpuPercent).toEqual(expect.any(Number));
  }, 90_000);
});

describe("a notebook's kernel", () => {
  it("runs 1+1 and brings back 2, stored as it arrived", async () => {
    const { notebook, socket, events, run, ended, outputs } = await openNotebook(["1+1"]);
    try {
      const started = await emit<TKernelEvent>(socket, "kernel:start", { notebookId: notebook.id });
      expect(started.ok).toBe(true);
      await events.next<TKernelEvent>("notebook:kernel", (k) => k.state === "idle" && k.workerHostname === "kernels-test-a");
      const executionId = await run(0, "1+1");
      const result = await events.next<TOutputEvent>("notebook:output", (o) => o.executionId === executionId && o.output.msg_type === "execute_result");
      expect(result.output.content.data).toMatchObject({ "text/plain": "2" });
      const end = await ended(executionId);
      expect(end).toMatchObject({ status: "ok", executionCount: expect.any(Number) });
      expect(outputs(executionId)).toHaveLength(1);
      const stored = await (await fetch(`${studio.url}/api/v1/notebooks/${notebook.id}`, { headers: { cookie } })).json();
      expect(stored.cells[0]).toMatchObject({ source: "1+1", executionCount: end.executionCount, execution: { id: executionId, status: "ok" } });
      expect(stored.cells[0].outputs).toEqual([{ seq: result.seq, output: result.output }]);
      expect(stored.kernel).toMatchObject({ state: "idle", workerHostname: "kernels-test-a" });
    } finally {
      socket.close();
    }
  }, 60_000);

  it("interrupts `while True: pass`", async () => {
    const { notebook, socket, events, run, ended } = await openNotebook(["while True: pass", "print('after')"]);
    try {
      const loop = await run(0, "while True: pass");
      const after = await run(1, "print('after')");
      await events.next<TExecutionEvent>("notebook:execution", (e) => e.executionId === loop && e.status === "running");
      await events.next<TKernelEvent>("notebook:kernel", (k) => k.state === "busy");
      expect(await emit(socket, "kernel:interrupt", { notebookId: notebook.id })).toMatchObject({ ok: true });
      expect(await ended(loop)).toMatchObject({ status: "error" });
      const error = await events.next<TOutputEvent>("notebook:output", (o) => o.executionId === loop && o.output.msg_type === "error");
      expect(error.output.content.ename).toBe("KeyboardInterrupt");
      // Jupyter aborts what was queued behind a failed cell.
      expect((await ended(after)).status).toMatch(/aborted|ok/);
      const busyAt = events.seen.findIndex((e) => e.event === "notebook:kernel" && e.payload.state === "busy");
      await events.next<TKernelEvent>("notebook:kernel", (k) => k.state === "idle", { since: busyAt });
    } finally {
      socket.close();
    }
  }, 60_000);

  it("restarts into a fresh namespace", async () => {
    const { notebook, socket, run, ended, outputs } = await openNotebook(["x = 41", "x + 1"]);
    try {
      expect((await ended(await run(0, "x = 41"))).status).toBe("ok");
      const restarted = await emit<TKernelEvent>(socket, "kernel:restart", { notebookId: notebook.id });
      expect(restarted).toMatchObject({ ok: true, data: { state: "idle" } });
      const after = await run(1, "x + 1");
      expect((await ended(after)).status).toBe("error");
      expect(outputs(after).find((o) => o.output.msg_type === "error")?.output.content.ename).toBe("NameError");
    } finally {
      socket.close();
    }
  }, 60_000);

  it("completes `import num` and inspects `print` through the kernel", async () => {
    const { notebook, socket, events } = await openNotebook(["import num"]);
    try {
      await emit(socket, "kernel:start", { notebookId: notebook.id });
      await events.next<TKernelEvent>("notebook:kernel", (k) => k.state === "idle");
      const completion = await emit<{ matches: string[]; cursorStart: number; cursorEnd: number }>(socket, "cell:complete", {
        notebookId: notebook.id,
        code: "import num",
        cursorPos: 10,
      });
      expect(completion.ok && completion.data).toMatchObject({ matches: expect.arrayContaining(["numpy"]), cursorStart: 7, cursorEnd: 10 });
      const inspection = await emit<{ found: boolean; data: Record<string, string> }>(socket, "cell:inspect", { notebookId: notebook.id, code: "print", cursorPos: 5 });
      expect(inspection.ok && inspection.data?.found).toBe(true);
      expect(inspection.ok && inspection.data?.data["text/plain"]).toContain("print");
    } finally {
      socket.close();
    }
  }, 60_000);

  it("reports a kernel that dies (os._exit) as dead, and the next run gets a new kernel", async () => {
    const { socket, events, run, ended, outputs } = await openNotebook(["import os; os._exit(1)", "1+1"]);
    try {
      const dying = await run(0, "import os; os._exit(1)");
      expect((await ended(dying)).status).toBe("dead");
      const dead = await events.next<TKernelEvent>("notebook:kernel", (k) => k.state === "dead");
      expect(dead.reason).toMatch(/exited with code 1/);
      expect(outputs(dying).map((o) => o.output.content.ename)).toEqual(["DeadKernelError"]);
      const again = await run(1, "1+1");
      expect((await ended(again)).status).toBe("ok");
    } finally {
      socket.close();
    }
  }, 60_000);
});

describe("worker events", () => {
  it("are refused when malformed, unknown, or sent before hello, and the server keeps serving", async () => {
    const { token } = await seedWorkerToken(owner.teamId, owner.userId);
    const socket = await connectWorkerSocket(studio.url, { token, protocolVersion: PROTOCOL_VERSION });
    try {
      const send = (event: string, payload: unknown) => emit(socket as never, event, payload, 5_000);
      expect(await send("kernel:done", { sessionId: "s", executionId: "e", status: "ok", executionCount: 1 })).toEqual({
        ok: false,
        error: 'Send "worker:hello" first.',
      });
      expect(await send("worker:hello", { hostname: "" })).toMatchObject({ ok: false, error: expect.stringMatching(/^Malformed "worker:hello"/) });
      expect(await send("drop:tables", {})).toEqual({ ok: false, error: 'Unknown event "drop:tables".' });
      const hello = await send("worker:hello", {
        hostname: "hand-made",
        cpuCores: 1,
        memoryBytes: 1e9,
        gpus: [],
        python: { executable: "/usr/bin/python3", version: "3.11" },
        packages: {},
      });
      expect(hello).toMatchObject({ ok: true, data: { workerId: expect.any(String) } });
      expect(await send("kernel:output", { sessionId: "s", executionId: "e", output: { msg_type: "stream", content: { name: "nope", text: 1 } } })).toMatchObject({
        ok: false,
      });
      expect(await send("worker:heartbeat", { cpuPercent: 500, memoryUsedBytes: 1, gpus: [], kernels: [] })).toMatchObject({ ok: false });
      // Well formed, but about a session that is not this worker's: nothing is stored.
      expect(await send("kernel:output", { sessionId: "s", executionId: "e", output: { msg_type: "stream", content: { name: "stdout", text: "x" } } })).toEqual({
        ok: true,
        data: { isStored: false },
      });
      expect((await fetch(`${studio.url}/api/health`)).status).toBe(200);
    } finally {
      socket.close();
    }
  });
});

describe("losing a worker", () => {
  it("disconnects a worker at once when its token is revoked, and its kernels are lost", async () => {
    const { worker, row } = await startWorker("kernels-test-revoked");
    // The least loaded worker takes the next kernel: this new one.
    const { notebook, socket, events } = await openNotebook(["1+1"]);
    try {
      await emit(socket, "kernel:start", { notebookId: notebook.id });
      await events.next<TKernelEvent>("notebook:kernel", (k) => k.state === "idle" && k.workerHostname === "kernels-test-revoked");
      const response = await fetch(`${studio.url}/api/v1/worker-tokens/${row.workerTokenId}`, { method: "DELETE", headers: { cookie, origin: studio.url } });
      expect(response.status).toBe(200);
      const lost = await events.next<TKernelEvent>("notebook:kernel", (k) => k.state === "lost", { timeoutMs: 2_000 });
      expect(lost.reason).toBe("Worker lost: kernels-test-revoked was disconnected (its worker token was revoked).");
      // The worker is told no (its token) and stops for good: exit code 2.
      expect(await worker.exited).toBe(2);
      expect(worker.output()).toMatch(/revoked/);
      expect((await db.worker.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("OFFLINE");
    } finally {
      socket.close();
    }
  }, 60_000);

  it("ends a cell as LOST within seconds when its worker is killed, and a new kernel starts on another worker", async () => {
    const { notebook, socket, events, run, ended, outputs } = await openNotebook(["import time\nwhile True: time.sleep(0.1)", "1+1"]);
    try {
      const first = workers.find((w) => w.output().includes("kernels-test-a"))!;
      const running = await run(0, "import time\nwhile True: time.sleep(0.1)");
      await events.next<TExecutionEvent>("notebook:execution", (e) => e.executionId === running && e.status === "running");
      await events.next<TKernelEvent>("notebook:kernel", (k) => k.state === "busy" && k.workerHostname === "kernels-test-a");
      const killedAt = Date.now();
      first.child.kill("SIGKILL");
      expect(await ended(running, 15_000)).toMatchObject({ status: "lost" });
      expect(Date.now() - killedAt).toBeLessThan(12_000);
      expect(outputs(running).map((o) => o.output.content.evalue)).toEqual(["Worker lost: kernels-test-a disconnected while this cell ran."]);
      await events.next<TKernelEvent>("notebook:kernel", (k) => k.state === "lost" && /kernels-test-a disconnected/.test(k.reason ?? ""));
      // The notebook is intact, and a new kernel runs on the other worker.
      expect((await db.cell.findUniqueOrThrow({ where: { id: notebook.cells[0].id } })).source).toContain("while True");
      await startWorker("kernels-test-b");
      const again = await run(1, "1+1");
      expect(await ended(again)).toMatchObject({ status: "ok" });
      await events.next<TKernelEvent>("notebook:kernel", (k) => k.state === "idle" && k.workerHostname === "kernels-test-b");
    } finally {
      socket.close();
    }
  }, 90_000);
});
