// `npm start` runs one local worker: it waits for a team, proves a token of its own (kept in
// the data folder), is restarted when it crashes, and stops with the studio.
import { execFileSync } from "node:child_process";
import { rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedMember, seedTeam } from "@/prisma/seed/factories";
import { startStudio } from "./start-studio";
import { waitFor } from "./wait-for";

const DATA_DIR = path.resolve(".studio-test/local-worker");
let studio: Awaited<ReturnType<typeof startStudio>>;

function workerChildPid(studioPid: number) {
  const lines = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(studioPid)], { encoding: "utf8" }).split("\n");
  const line = lines.find((l) => l.includes("worker/main.ts"));
  return line ? Number(line.trim().split(/\s+/)[0]) : null;
}

function localWorkerRow() {
  return db.worker.findFirst({ where: { hostname: os.hostname(), workerToken: { name: { startsWith: "Local worker" }, revokedAt: null } }, orderBy: { connectedAt: "desc" } });
}

beforeAll(async () => {
  rmSync(DATA_DIR, { recursive: true, force: true });
  await seedMember((await seedTeam()).id, "OWNER"); // a team exists, as after the first sign-up
  studio = await startStudio({ STUDIO_LOCAL_WORKER: "1", STUDIO_DATA_DIR: DATA_DIR });
}, 120_000);

afterAll(async () => {
  await studio?.stop();
});

it("starts a local worker with its own token, restarts it after a crash, and stops it with the studio", async () => {
  const first = await waitFor(async () => (await localWorkerRow())?.status === "ONLINE" && localWorkerRow(), "the local worker online", 60_000);
  expect(statSync(path.join(DATA_DIR, "local-worker-token")).mode & 0o777).toBe(0o600);

  const pid = await waitFor(() => workerChildPid(studio.pid), "the worker process");
  process.kill(pid, "SIGKILL");
  const again = await waitFor(async () => {
    const row = await localWorkerRow();
    return row && row.status === "ONLINE" && row.connectedAt > first!.connectedAt && row;
  }, "the local worker back online", 60_000);
  expect(again.id).toBe(first!.id); // the same worker (token + hostname), back
  const restartedPid = workerChildPid(studio.pid);
  expect(restartedPid).not.toBe(pid);

  await studio.stop();
  expect(() => process.kill(restartedPid!, 0)).toThrow(); // gone with the studio
  expect((await db.worker.findUniqueOrThrow({ where: { id: first!.id } })).status).toBe("OFFLINE");
}, 120_000);
