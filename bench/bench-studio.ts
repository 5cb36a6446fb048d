// The studio as a benchmark runs it: its own embedded PostgreSQL under .studio-bench/<name>,
// migrated; server.ts from the production build; a signed-in browser's cookie; and, for the
// notebook benchmarks, one worker process of the team, started as `npm run worker` does.
import { rm } from "node:fs/promises";
import { encode } from "next-auth/jwt";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { freePort, interrupt, startProcess, waitForResponse } from "./processes";

const SECRET = "bench-secret";

/** A fresh database; DATABASE_URL points this process (its seed factories) at it. */
export async function startBenchDatabase(name: string) {
  const dataDir = `.studio-bench/${name}`;
  await rm(dataDir, { recursive: true, force: true });
  const database = await startEmbeddedPostgres(dataDir);
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb(); // a client of the benchmark run before would still talk to its database
  process.env.DATABASE_URL = database.url;
  await applyMigrations(database.url);
  return database;
}

/** server.ts in production mode on a free port, without its local worker. */
export async function startBenchServer(databaseUrl: string) {
  const port = await freePort();
  const server = startProcess("node", ["--import", "tsx", "server.ts"], {
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: SECRET,
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-bench",
    STUDIO_LOCAL_WORKER: "0",
  });
  const url = `http://localhost:${port}`;
  await waitForResponse(`${url}/api/health`, performance.now(), server.child);
  return { url, output: server.output, stop: () => interrupt(server.child) };
}

/** What a signed-in browser sends: next-auth's session cookie, made with the server's secret. */
export async function sessionCookie(userId: string) {
  return `next-auth.session-token=${await encode({ token: { sub: userId }, secret: SECRET })}`;
}

/** A worker process with a token of the team; resolves once it is ONLINE and its kernel pool is warm. */
export async function startBenchWorker(url: string, owner: { teamId: string; userId: string }) {
  const { seedWorkerToken } = await import("@/prisma/seed/factories");
  const { db } = await import("@/lib/db");
  const { token } = await seedWorkerToken(owner.teamId, owner.userId);
  const worker = startProcess("node", ["--import", "tsx", "worker/main.ts", "--server", url, "--token", token, "--name", "bench-worker", "--pool", "1"], {});
  const deadline = Date.now() + 60_000;
  while (!(await db.worker.findFirst({ where: { teamId: owner.teamId, hostname: "bench-worker", status: "ONLINE" } }))) {
    if (Date.now() > deadline || worker.child.exitCode !== null) throw new Error(`the worker did not come online:\n${worker.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { output: worker.output, stop: () => interrupt(worker.child) };
}

/**
 * The whole studio for a notebook benchmark: database, server, worker, an owner (and their
 * cookie) and one notebook with these cells. stop() stops all of it, last started first.
 */
export async function startNotebookStudio(name: string, cells: string[]) {
  const stops: Array<() => Promise<unknown>> = [];
  const stop = async () => {
    for (const close of stops) await close().catch((error) => console.error(error));
  };
  try {
    const database = await startBenchDatabase(name);
    stops.unshift(() => database.stop());
    const { seedMember, seedNotebook, seedTeam } = await import("@/prisma/seed/factories");
    const owner = await seedMember((await seedTeam("Bench team")).id, "OWNER");
    const notebook = await seedNotebook(owner, { cells: cells.map((source) => ({ source })) });
    const server = await startBenchServer(database.url);
    stops.unshift(server.stop);
    const worker = await startBenchWorker(server.url, owner);
    stops.unshift(worker.stop);
    return { url: server.url, owner, notebook, cookie: await sessionCookie(owner.userId), stops, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
