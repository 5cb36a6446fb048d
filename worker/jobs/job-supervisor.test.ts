// The job supervisor (worker/python/job_supervisor.py) on its own: it ends as its command ends,
// and stops the command's whole process group when the worker's end of its stdin goes away,
// as it does when the worker is killed.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isProcessGroupAlive } from "./process-group";

const SUPERVISOR = fileURLToPath(new URL("../python/job_supervisor.py", import.meta.url));

function supervise(command: string) {
  const child = spawn("/usr/bin/python3", [SUPERVISOR, command], { detached: true, stdio: ["pipe", "pipe", "inherit"] });
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
  const ended = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { child, ended, stdout: () => stdout };
}

async function until(check: () => boolean, what: string) {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the job supervisor", () => {
  it("ends as its command ends: its exit code, or the signal that killed it", async () => {
    expect(await supervise("echo hi; exit 3").ended).toEqual({ code: 3, signal: null });
    const killed = supervise("kill -KILL $$");
    expect(await killed.ended).toEqual({ code: null, signal: "SIGKILL" });
  });

  it("passes a group SIGTERM to the command, and reports it", async () => {
    const job = supervise("echo started; sleep 60");
    await until(() => job.stdout().includes("started"), "the command to start");
    process.kill(-job.child.pid!, "SIGTERM");
    expect(await job.ended).toEqual({ code: null, signal: "SIGTERM" });
  });

  it("stops the whole group, children too, once its stdin ends", async () => {
    const job = supervise("sleep 60 & echo started; wait");
    await until(() => job.stdout().includes("started"), "the command to start");
    job.child.stdin!.end(); // what the kernel does to the pipe when the worker dies
    expect(await job.ended).toEqual({ code: null, signal: "SIGTERM" });
    await until(() => !isProcessGroupAlive(job.child.pid!), "the background sleep to be stopped too");
  });
});
