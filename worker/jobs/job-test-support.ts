// What the job runner's tests share: a runner whose outbox "sends" by recording and
// acknowledging at once, in a folder of its own, and ways to wait for what a job says.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TWorkerCommandPayload, TWorkerPayload } from "@/lib/protocol";
import { Outbox } from "../outbox";
import { JobRunner, type TJobRunnerOptions } from "./job-runner";

/** Debian's interpreter: not the `python3` first on this machine's PATH. */
export const PYTHON = "/usr/bin/python3";

type TSent = { event: string; payload: { jobId: string; stream?: string; text?: string } };

const cleanups: Array<() => Promise<void>> = [];

/** Stops what the tests started; call from afterEach. */
export async function cleanUpRunners() {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
}

export function createTestRunner(options: Partial<TJobRunnerOptions> = {}) {
  const sent: TSent[] = [];
  const outbox = new Outbox({ send: (event, payload, answer) => (sent.push({ event, payload: payload as TSent["payload"] }), answer({ ok: true })), log: () => {} });
  outbox.setOnline(true);
  const root = mkdtempSync(path.join(os.tmpdir(), "mlstudio-jobs-test-"));
  const runner = new JobRunner({ outbox, slots: 2, gpuIndexes: [], python: PYTHON, serverUrl: "http://studio.test:3000", hostname: "test-host", root, log: () => {}, ...options });
  cleanups.push(async () => {
    await runner.stopAll();
    rmSync(root, { recursive: true, force: true });
  });

  const eventsOf = (jobId: string) => sent.filter((item) => item.payload.jobId === jobId);
  return {
    runner,
    root,
    eventsOf,
    /** What the job printed on that stream so far, joined. */
    logOf: (jobId: string, stream: "stdout" | "stderr" | "system") =>
      eventsOf(jobId)
        .filter((item) => item.event === "job:log" && item.payload.stream === stream)
        .map((item) => item.payload.text)
        .join(""),
    exitOf: (jobId: string) =>
      waitFor(() => eventsOf(jobId).find((item) => item.event === "job:exit")?.payload as TWorkerPayload<"job:exit"> | undefined, `job:exit of ${jobId}`),
    folders: () => readdirSync(root),
  };
}

export function jobPayload(jobId: string, command: string, extra: Partial<TWorkerCommandPayload<"job:start">> = {}): TWorkerCommandPayload<"job:start"> {
  return { jobId, attempt: 1, command, files: [], env: {}, gpus: 0, ...extra };
}

export const textFile = (filePath: string, text: string) => ({ path: filePath, data: Buffer.from(text).toString("base64") });

/** Polls until `probe` gives something, for a bounded time. */
export async function waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Whether the process runs (a zombie waiting to be reaped does not). */
export function isRunning(pid: number) {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}
