// Stopping jobs with real processes: a cancel reaches every process of the job (SIGTERM to
// its group), SIGKILL follows for one that ignores it, what a job leaves running when it
// ends is stopped too, and a shutdown stops them all.
import { afterEach, describe, expect, it } from "vitest";
import { cleanUpRunners, createTestRunner, isRunning, jobPayload, waitFor } from "./job-test-support";

afterEach(cleanUpRunners);

const cancel1 = { attempt: 1 } as const;

/** The pid a job printed as "child <pid>". */
async function childPid(logOf: (jobId: string, stream: "stdout") => string, jobId: string) {
  const match = await waitFor(() => logOf(jobId, "stdout").match(/child (\d+)/), "the job's child pid");
  return Number(match[1]);
}

describe("JobRunner cancel", () => {
  it("ends `sleep 60` with SIGTERM within a few seconds, well before SIGKILL", async () => {
    const { runner, exitOf, logOf } = createTestRunner();
    await runner.start(jobPayload("j1", "sleep 60"));
    const cancelledAt = Date.now();
    await runner.cancel({ jobId: "j1", ...cancel1 });
    expect(await exitOf("j1")).toEqual({ jobId: "j1", attempt: 1, exitCode: null, signal: "SIGTERM" });
    expect(Date.now() - cancelledAt).toBeLessThan(4_000);
    expect(logOf("j1", "system")).toMatch(/Cancelled: stopping its processes \(SIGTERM\)\.\n$/);
    expect(runner.list()).toEqual([]);
  });

  it("ends the processes a job started along with it", async () => {
    const { runner, exitOf, logOf } = createTestRunner();
    await runner.start(jobPayload("j1", `bash -c 'sleep 60 & echo "child $!"; wait'`));
    const pid = await childPid(logOf, "j1");
    expect(isRunning(pid)).toBe(true);
    await runner.cancel({ jobId: "j1", ...cancel1 });
    expect(await exitOf("j1")).toMatchObject({ signal: "SIGTERM" });
    await waitFor(() => !isRunning(pid), "the job's child to end", 3_000);
  });

  it("sends SIGTERM to the job's children itself, not only to its shell", async () => {
    const { runner, exitOf, logOf } = createTestRunner();
    // The shell survives its SIGTERM and waits for its child, which says when it gets one: if
    // only the shell were signalled, the child would sleep on until the SIGKILL. The child says
    // so in one write: print() writes the line and its newline apart, and the shell's echo
    // could land between them.
    const child = `import os, signal, sys, time
signal.signal(signal.SIGTERM, lambda *_: (os.write(1, b'child got SIGTERM\\n'), sys.exit(0)))
print('child', os.getpid(), flush=True)
time.sleep(60)`;
    await runner.start(jobPayload("j1", `trap 'echo "shell got SIGTERM"' TERM; python -c "${child}" & pid=$!; wait $pid; wait $pid; echo "shell ends"`));
    await childPid(logOf, "j1");
    await runner.cancel({ jobId: "j1", ...cancel1 });
    expect(await exitOf("j1")).toMatchObject({ exitCode: 0, signal: null });
    expect(logOf("j1", "stdout")).toContain("child got SIGTERM\n");
    expect(logOf("j1", "stdout")).toContain("shell got SIGTERM\n");
    expect(logOf("j1", "stdout")).toMatch(/shell ends\n$/);
  });

  it("kills (SIGKILL) a job that ignores SIGTERM once the grace is over", async () => {
    const { runner, exitOf, logOf } = createTestRunner({ killGraceMs: 300 });
    await runner.start(jobPayload("j1", `trap '' TERM; echo "child $$"; sleep 60; echo "not reached"`));
    await childPid(logOf, "j1");
    await runner.cancel({ jobId: "j1", ...cancel1 });
    expect(await exitOf("j1")).toMatchObject({ exitCode: null, signal: "SIGKILL" });
    expect(logOf("j1", "system")).toContain("Still running 0.3 s after SIGTERM: killed (SIGKILL).");
    expect(logOf("j1", "stdout")).not.toContain("not reached");
  });

  it("stops what a job left running when its command ends, and reports the end at once", async () => {
    const { runner, exitOf, logOf } = createTestRunner();
    await runner.start(jobPayload("j1", `sleep 60 & echo "child $!"`));
    const startedAt = Date.now();
    expect(await exitOf("j1")).toMatchObject({ exitCode: 0, signal: null });
    expect(Date.now() - startedAt).toBeLessThan(4_000);
    expect(logOf("j1", "system")).toContain("The command ended: stopping the processes it left running.");
    await waitFor(() => !isRunning(Number(logOf("j1", "stdout").match(/child (\d+)/)![1])), "the left-over process to end", 3_000);
  });

  it("takes a cancel of a job it does not run (or of another attempt) quietly", async () => {
    const { runner, eventsOf } = createTestRunner();
    await expect(runner.cancel({ jobId: "gone", ...cancel1 })).resolves.toBeUndefined();
    await runner.start(jobPayload("j1", "sleep 60", { attempt: 2 }));
    await runner.cancel({ jobId: "j1", attempt: 1 });
    expect(runner.list()).toEqual([{ jobId: "j1", attempt: 2 }]);
    expect(eventsOf("j1").map((item) => item.payload.stream ?? item.event)).toEqual(["system"]); // "Started on …" alone
  });

  it("stops every job at shutdown, waits for their ends, and takes no new one", async () => {
    const { runner, exitOf, folders } = createTestRunner();
    await runner.start(jobPayload("j1", "sleep 60"));
    await runner.start(jobPayload("j2", `bash -c 'sleep 60; true'`));
    await runner.stopAll();
    expect(runner.list()).toEqual([]);
    expect(folders()).toEqual([]);
    for (const jobId of ["j1", "j2"]) expect(await exitOf(jobId)).toMatchObject({ signal: "SIGTERM" });
    await expect(runner.start(jobPayload("j3", "true"))).rejects.toThrow("This worker is shutting down: it takes no more jobs.");
  });
});
