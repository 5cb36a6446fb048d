// Starts the real studio server (production build, server.ts) as a child process, against
// the test database, and resolves once it serves.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { inject } from "vitest";

export const TEST_SECRET = "server-tests-secret";

export async function freePort() {
  return new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once the child prints the pattern; output() is everything it printed so far. */
function waitForLine(child: ChildProcess, pattern: RegExp, what: string) {
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (pattern.test(output)) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.once("exit", (code) => reject(new Error(`${what} exited with ${code}:\n${output}`)));
  });
  return Object.assign(ready, { output: () => output });
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** The local worker is off unless asked for (STUDIO_LOCAL_WORKER: "1"); env.PORT reuses a port
 * (a restart that workers must reconnect to). */
export async function startStudio(env: Record<string, string> = {}) {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: inject("databaseUrl"),
      NEXTAUTH_SECRET: TEST_SECRET,
      STUDIO_LOCAL_WORKER: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ready = waitForLine(child, /ML Studio is ready/, "The studio");
  await ready;
  return { url: `http://localhost:${port}`, port, pid: child.pid!, output: ready.output, stop: () => stopChild(child) };
}

/** A private Redis for the test, so nothing depends on a system service. */
export async function startRedis() {
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  await waitForLine(child, /Ready to accept connections/, "redis-server");
  return { url: `redis://127.0.0.1:${port}`, stop: () => stopChild(child) };
}
