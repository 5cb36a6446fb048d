// The job runner with real processes: what a job prints reaches the outbox in order, then
// its end; its files, Python and environment are as asked; and what it must refuse, it
// refuses before writing or holding anything.
import os from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { cleanUpRunners, createTestRunner, jobPayload, PYTHON, textFile, waitFor } from "./job-test-support";

afterEach(cleanUpRunners);

describe("JobRunner", () => {
  it("streams stdout and stderr in order, then the exit code, and removes the job's folder", async () => {
    const { runner, logOf, exitOf, eventsOf, folders } = createTestRunner();
    const command = 'for i in 1 2 3; do echo "out $i"; echo "err $i" >&2; done; printf "no newline"; exit 3';
    expect(await runner.start(jobPayload("j1", command))).toEqual({ pid: expect.any(Number) });
    expect(runner.list()).toEqual([{ jobId: "j1", attempt: 1 }]);
    expect(await exitOf("j1")).toEqual({ jobId: "j1", attempt: 1, exitCode: 3, signal: null });
    expect(logOf("j1", "stdout")).toBe("out 1\nout 2\nout 3\nno newline");
    expect(logOf("j1", "stderr")).toBe("err 1\nerr 2\nerr 3\n");
    expect(logOf("j1", "system")).toBe(`Started on test-host: ${command}\n`);
    expect(eventsOf("j1").at(-1)?.event).toBe("job:exit"); // nothing of the log after its end
    expect(runner.list()).toEqual([]);
    await waitFor(() => folders().length === 0, "the job's folder to go");
  });

  it("batches a chatty job into few messages, yet sends an unfinished line while the job runs", async () => {
    const { runner, logOf, exitOf, eventsOf } = createTestRunner();
    // A line every 2 ms, as a training loop prints: each would be a read of its own, and a message.
    const script = "import time\nfor i in range(300):\n    print(f'step {i + 1}')\n    time.sleep(0.002)\nprint('epoch 1/3 ', end='')\ntime.sleep(30)";
    await runner.start(jobPayload("j1", `python -c "${script}"`));
    // The job is still in its pause when the unfinished line arrives.
    await waitFor(() => logOf("j1", "stdout").endsWith("epoch 1/3 "), "the unfinished line");
    expect(runner.list()).toHaveLength(1);
    await runner.cancel({ jobId: "j1", attempt: 1 });
    await exitOf("j1");
    const lines = logOf("j1", "stdout").split("\n");
    expect(lines).toEqual([...Array.from({ length: 300 }, (_, i) => `step ${i + 1}`), "epoch 1/3 "]);
    const stdoutEvents = eventsOf("j1").filter((item) => item.payload.stream === "stdout");
    expect(stdoutEvents.length).toBeLessThan(40); // 300 unbatched
    expect(stdoutEvents.every((item) => item.payload.text!.endsWith("\n") || item.payload.text!.endsWith("epoch 1/3 "))).toBe(true);
  });

  it("writes the files with their subfolders and runs them with the worker's Python, the SDK and the job's environment", async () => {
    const { runner, logOf, exitOf } = createTestRunner({ gpuIndexes: [0, 1, 2], slots: 2 });
    const script = [
      "import json, os, sys, mlstudio",
      "from helpers.names import NAME",
      "env = {k: os.environ.get(k) for k in ('MLSTUDIO_API_TOKEN', 'MLSTUDIO_URL', 'CUDA_VISIBLE_DEVICES', 'PYTHONUNBUFFERED', 'STUDIO_WORKER_TOKEN', 'OMP_NUM_THREADS')}",
      "print(json.dumps({'executable': sys.executable, 'sdk': mlstudio.__file__, 'name': NAME, 'data': open('data/labels.txt').read(), **env}))",
    ].join("\n");
    process.env.STUDIO_WORKER_TOKEN = "mlw_the_workers_secret";
    try {
      await runner.start(
        jobPayload("j1", "python src/train.py && python3 -c 'import sys; print(sys.executable)'", {
          files: [textFile("src/train.py", script), textFile("src/helpers/names.py", "NAME = 'helper'\n"), textFile("data/labels.txt", "cat\ndog\n")],
          env: { MLSTUDIO_API_TOKEN: "mls_job_token", PYTHONPATH: "src" },
          gpus: 2,
        }),
      );
    } finally {
      delete process.env.STUDIO_WORKER_TOKEN;
    }
    expect(await exitOf("j1")).toMatchObject({ exitCode: 0 });
    const [report, python3] = logOf("j1", "stdout").trim().split("\n");
    expect(JSON.parse(report)).toEqual({
      executable: PYTHON,
      sdk: expect.stringMatching(/worker\/python\/sdk\/mlstudio\/__init__\.py$/),
      name: "helper",
      data: "cat\ndog\n",
      MLSTUDIO_API_TOKEN: "mls_job_token",
      MLSTUDIO_URL: "http://studio.test:3000",
      CUDA_VISIBLE_DEVICES: "0,1",
      PYTHONUNBUFFERED: "1",
      STUDIO_WORKER_TOKEN: null,
      // Its share of the machine's cores: the worker's job slots split them.
      OMP_NUM_THREADS: String(Math.max(1, Math.floor(os.availableParallelism() / 2))),
    });
    expect(python3).toBe(PYTHON);
  });

  it("hands GPUs out whole, hides them from a CPU job, and lets a job name its own studio", async () => {
    const { runner, logOf, exitOf } = createTestRunner({ gpuIndexes: [0, 1], slots: 3 });
    const printEnv = 'echo "$CUDA_VISIBLE_DEVICES|${CUDA_VISIBLE_DEVICES+set}|$MLSTUDIO_URL"; sleep 30';
    await runner.start(jobPayload("gpu", printEnv, { gpus: 1 }));
    await expect(runner.start(jobPayload("big", printEnv, { gpus: 2 }))).rejects.toThrow("This worker has 1 free GPU(s); 2 asked for.");
    await runner.start(jobPayload("cpu", printEnv, { env: { MLSTUDIO_URL: "http://elsewhere:3000" } }));
    await waitFor(() => logOf("gpu", "stdout") && logOf("cpu", "stdout"), "both jobs to print");
    expect(logOf("gpu", "stdout")).toBe("0|set|http://studio.test:3000\n");
    expect(logOf("cpu", "stdout")).toBe("|set|http://elsewhere:3000\n");
    await runner.cancel({ jobId: "gpu", attempt: 1 });
    await exitOf("gpu");
    // Its GPU is free again once it has ended.
    await runner.start(jobPayload("big", printEnv, { gpus: 2 }));
    await waitFor(() => logOf("big", "stdout"), "the two-GPU job to print");
    expect(logOf("big", "stdout")).toBe("0,1|set|http://studio.test:3000\n");
  });

  it("runs a job in a folder of its own inside its root, whatever the job's id holds", async () => {
    const { runner, root, logOf, exitOf } = createTestRunner();
    await runner.start(jobPayload("../../x y", "pwd", { attempt: 4 }));
    await exitOf("../../x y");
    expect(logOf("../../x y", "stdout")).toBe(`${root}/.._.._x_y-4\n`);
  });

  it("refuses a file outside the job's folder before writing anything", async () => {
    const { runner, folders, eventsOf } = createTestRunner();
    const refused = [
      ["../escape.py", /relative path inside the job's folder, without "\.\."/],
      ["src/../../escape.py", /without "\.\."/],
      ["/etc/cron.d/job", /relative path/],
      ["src/", /relative path/],
      [".mlstudio/bin/python", /may not go under \.mlstudio\//],
    ] as const;
    for (const [filePath, error] of refused) {
      await expect(runner.start(jobPayload("j1", "true", { files: [textFile("ok.py", "1"), textFile(filePath, "x")] }))).rejects.toThrow(error);
    }
    await expect(runner.start(jobPayload("j1", "true", { files: [{ path: "a.bin", data: "not base64!" }] }))).rejects.toThrow('The job\'s file "a.bin" is not base64.');
    expect(folders()).toEqual([]);
    expect(runner.list()).toEqual([]);
    expect(eventsOf("j1")).toEqual([]);
  });

  it("refuses a job past its slots, or one already running, and takes one again once a slot is free", async () => {
    const { runner, exitOf } = createTestRunner({ slots: 1 });
    await runner.start(jobPayload("j1", "sleep 60"));
    await expect(runner.start(jobPayload("j1", "sleep 60", { attempt: 2 }))).rejects.toThrow("Job j1 (attempt 1) is already running on this worker.");
    await expect(runner.start(jobPayload("j2", "true"))).rejects.toThrow("This worker already runs 1 job(s): all its 1 job slot(s).");
    expect(runner.list()).toEqual([{ jobId: "j1", attempt: 1 }]);
    await runner.cancel({ jobId: "j1", attempt: 1 });
    await exitOf("j1");
    await runner.start(jobPayload("j2", "true"));
    expect(await exitOf("j2")).toMatchObject({ exitCode: 0 });
  });

  it("ends a job it took but could not start with a job:exit that says why", async () => {
    const { runner, exitOf, folders } = createTestRunner();
    await expect(runner.start(jobPayload("j1", "true", { env: { BAD: "nul\0byte" } }))).rejects.toThrow(/^The job could not start: /);
    expect(await exitOf("j1")).toEqual({ jobId: "j1", attempt: 1, exitCode: null, signal: null, error: expect.stringMatching(/^The job could not start: .*BAD/) });
    const missingPython = createTestRunner({ python: "no-such-python-here" });
    await expect(missingPython.runner.start(jobPayload("j2", "python -V"))).rejects.toThrow('The job could not start: The worker\'s Python "no-such-python-here" is not on its PATH.');
    expect(await missingPython.exitOf("j2")).toMatchObject({ exitCode: null, error: expect.stringContaining("no-such-python-here") });
    expect([runner.list(), missingPython.runner.list()]).toEqual([[], []]);
    await waitFor(() => folders().length === 0, "the folder to go");
  });
});
