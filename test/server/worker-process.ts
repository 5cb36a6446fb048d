// A real worker process, as `npm run worker` starts it, for the server tests.
import { spawn } from "node:child_process";
import { db } from "@/lib/db";
import { seedWorkerToken } from "@/prisma/seed/factories";
import { waitFor } from "./wait-for";

export function startWorkerProcess(options: { url: string; token: string; name: string; pool?: number }) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "worker/main.ts", "--server", options.url, "--token", options.token, "--name", options.name, "--pool", String(options.pool ?? 1)],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A worker process for the team, with a token of its own, once the studio lists it ONLINE. */
export async function startOnlineWorker(options: { url: string; teamId: string; userId: string; name: string }) {
  const { token } = await seedWorkerToken(options.teamId, options.userId);
  const worker = startWorkerProcess({ url: options.url, token, name: options.name });
  const row = await waitFor(
    () => db.worker.findFirst({ where: { teamId: options.teamId, hostname: options.name, status: "ONLINE" } }),
    `worker ${options.name} online; its output:\n${worker.output()}`,
    60_000,
  );
  return { worker, row, token };
}
