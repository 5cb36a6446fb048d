// What the SDK's tests share: running Python with the SDK importable, and reading batches.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ZSdkBatch, type TSdkEvent } from "@/lib/protocol/sdk-events";

export const SDK_PATH = fileURLToPath(new URL("../python/sdk", import.meta.url));
/** Debian's interpreter, with numpy (the `python3` first on PATH has none). */
export const PYTHON = process.env.STUDIO_PYTHON ?? "/usr/bin/python3";
/** No __pycache__ beside the SDK's sources while testing. */
export const PYTHON_ENV = { PYTHONDONTWRITEBYTECODE: "1" };

export type TPythonRun = {
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
  /** Resolves once stderr (so far) matches. */
  waitForStderr: (pattern: RegExp) => Promise<void>;
};

/** Runs a Python script with the SDK on its path and the given environment added. */
export function runPython(script: string, env: Record<string, string> = {}): TPythonRun {
  const child = spawn(PYTHON, ["-c", script], { env: { ...process.env, ...PYTHON_ENV, PYTHONPATH: SDK_PATH, ...env } });
  let stdout = "";
  let stderr = "";
  const stderrWaiters: Array<{ pattern: RegExp; resolve: () => void }> = [];
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    for (const waiter of stderrWaiters.filter((w) => w.pattern.test(stderr))) {
      stderrWaiters.splice(stderrWaiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  });
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
  const waitForStderr = (pattern: RegExp) =>
    pattern.test(stderr) ? Promise.resolve() : new Promise<void>((resolve) => stderrWaiters.push({ pattern, resolve }));
  return { exited, waitForStderr };
}

/** Every batch parsed with the server's own schema (throws on the first invalid one), then
 * their events in order. */
export function eventsOf(batches: unknown[]): TSdkEvent[] {
  return batches.flatMap((batch) => ZSdkBatch.parse(batch).events);
}

export function ofType<T extends TSdkEvent["type"]>(events: TSdkEvent[], type: T) {
  return events.filter((event): event is Extract<TSdkEvent, { type: T }> => event.type === type);
}
