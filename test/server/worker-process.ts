// A real worker process, as `npm run worker` starts it, for the server tests.
import { spawn } from "node:child_process";

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
