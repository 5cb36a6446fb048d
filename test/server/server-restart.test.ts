// The studio restarts while a cell runs: the worker reconnects on its own, its kernel kept
// running, and what the cell printed meanwhile is delivered and stored; nothing is dropped.
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toStoredOutputs } from "@/lib/notebooks/get-notebook";
import type { TAck } from "@/lib/protocol";
import { seedMember, seedNotebook, seedTeam, seedWorkerToken } from "@/prisma/seed/factories";
import { connectStudioSocket, sessionCookie } from "./browser-session";
import { recordEvents } from "./socket-events";
import { startStudio } from "./start-studio";
import { waitFor } from "./wait-for";
import { startWorkerProcess } from "./worker-process";

let studio: Awaited<ReturnType<typeof startStudio>>;
let worker: ReturnType<typeof startWorkerProcess>;

beforeAll(async () => {
  studio = await startStudio();
}, 120_000);

afterAll(async () => {
  // STUDIO_TEST_LOGS=1 shows what the server printed, to see why something failed.
  if (process.env.STUDIO_TEST_LOGS) console.log(studio?.output());
  await worker?.stop();
  await studio?.stop();
});

const CELL = "import time\nfor i in range(12):\n    print(i, flush=True)\n    time.sleep(0.5)";

it("delivers a running cell's outputs produced while the studio was down", async () => {
  const owner = await seedMember((await seedTeam()).id, "OWNER");
  const { token } = await seedWorkerToken(owner.teamId, owner.userId);
  worker = startWorkerProcess({ url: studio.url, token, name: "restart-test" });
  const row = await waitFor(() => db.worker.findFirst({ where: { teamId: owner.teamId, status: "ONLINE" } }), "the worker online", 60_000);

  const notebook = await seedNotebook(owner, { cells: [{ source: CELL }] });
  const socket = await connectStudioSocket(studio.url, await sessionCookie(owner.userId));
  const events = recordEvents(socket);
  await socket.timeout(5_000).emitWithAck("room:join", { room: { kind: "notebook", id: notebook.id } });
  const ack = (await socket.timeout(30_000).emitWithAck("cell:execute", { notebookId: notebook.id, cellId: notebook.cells[0].id, code: CELL })) as TAck<{
    executionId: string;
  }>;
  if (!ack.ok) throw new Error(ack.error);
  const executionId = ack.data!.executionId;
  await events.next("notebook:output", (o: { executionId: string }) => o.executionId === executionId);
  socket.close();

  await studio.stop();
  // The studio went down mid-cell: the rest of the output is produced while it is away.
  const storedWhileUp = await db.output.count({ where: { cellId: notebook.cells[0].id } });
  expect(storedWhileUp).toBeGreaterThan(0);
  expect(storedWhileUp).toBeLessThan(12);
  const connectedBefore = (await db.worker.findUniqueOrThrow({ where: { id: row.id } })).connectedAt;
  studio = await startStudio({ PORT: String(studio.port) });

  // The worker came back by itself (a new connection), and the cell ran to its end.
  await waitFor(async () => {
    const now = await db.worker.findUniqueOrThrow({ where: { id: row.id } });
    return now.status === "ONLINE" && now.connectedAt > connectedBefore;
  }, "the worker to reconnect", 30_000);
  const execution = await waitFor(async () => {
    const found = await db.execution.findUniqueOrThrow({ where: { id: executionId } });
    return found.status !== "QUEUED" && found.status !== "RUNNING" && found;
  }, "the cell to end", 30_000);
  expect(execution.status).toBe("OK");
  const outputs = toStoredOutputs(await db.output.findMany({ where: { cellId: notebook.cells[0].id }, orderBy: { seq: "asc" } }));
  const printed = outputs.map(({ output }) => (output.msg_type === "stream" ? output.content.text : `[${output.msg_type}]`)).join("");
  expect(printed).toBe(Array.from({ length: 12 }, (_, i) => `${i}\n`).join(""));
  expect((await db.kernelSession.findFirstOrThrow({ where: { notebookId: notebook.id } })).state).toBe("IDLE");
}, 120_000);
