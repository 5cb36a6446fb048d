// Starting and timing processes for benchmarks.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

export async function freePort() {
  return new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls until the URL answers at all; resolves with the milliseconds since `since`. */
export async function waitForResponse(url: string, since: number, child: ChildProcess) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode} before serving ${url}`);
    const answered = await fetch(url, { redirect: "manual" }).then((r) => r.status, () => 0);
    if (answered > 0) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// A benchmark stopped half-way (Ctrl-C, a time-out) must not leave a studio running that
// would load the machine for every later measurement: what is still running is killed.
const running = new Set<ChildProcess>();
process.once("exit", () => running.forEach((child) => child.exitCode === null && process.kill(-child.pid!, "SIGKILL")));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

export function startProcess(command: string, args: string[], env: Record<string, string>) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  running.add(child);
  child.once("exit", () => running.delete(child));
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

/** SIGINT as Ctrl-C would send it, to the whole process group; waits for the exit. */
export async function interrupt(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGINT");
  await exited;
}
