// Training jobs against the real database, without a worker process behind them (the server
// tests run real ones): what a new job checks, how the queue places jobs on workers, how an
// attempt ends, and what a job's own token may do.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MAX_JOB_FILES_BYTES } from "@/lib/protocol";
import { generateSecretToken } from "@/lib/auth/secret-token";
import { logRunEventsRoute } from "@/lib/runs/routes";
import { authenticateApiToken } from "@/lib/tokens/authenticate-api-token";
import { reapLostWorkers } from "@/lib/kernels/reap-lost-workers";
import { seedJob, seedKernelSession, seedMember, seedNotebook, seedProject, seedTeam, seedWorker } from "@/prisma/seed/factories";
import { appendJobLog } from "./append-job-log";
import { claimQueuedJobs } from "./claim-queued-jobs";
import { createJob } from "./create-job";
import { endJob } from "./end-job";
import { jobFilesPrefix, readFiles } from "./job-files";
import { launchJob } from "./launch-job";
import { createJobRoute } from "./routes";
import { reconcileWorkerJobs } from "./lose-jobs";
import { ZCreateJobBody } from "./schemas";

async function scientist() {
  const member = await seedMember((await seedTeam()).id, "MEMBER");
  const project = await seedProject(member.teamId);
  return { member, project };
}

const base64 = (text: string) => Buffer.from(text).toString("base64");

describe("a new job", () => {
  it("is queued with its files stored, and says why it waits", async () => {
    const { member, project } = await scientist();
    const body = ZCreateJobBody.parse({
      projectId: project.id,
      name: "digits",
      command: "python src/train.py --lr {lr}",
      params: { lr: 0.1 },
      source: { kind: "files", files: [{ path: "src/train.py", data: base64("print('hi')") }, { path: "src/util.py", data: base64("x = 1") }] },
    });
    const { id } = await createJob(member, body);
    const job = await db.job.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "QUEUED", attempt: 0, reason: "No worker is online; waiting in queue (position 1).", files: [{ path: "src/train.py", size: 11 }, { path: "src/util.py", size: 5 }] });
    const [train] = await readFiles(jobFilesPrefix(id), ["src/train.py"]);
    expect(train.data.toString()).toBe("print('hi')");
  });

  it("from a notebook runs its code cells as one script, IPython's magics left as comments", async () => {
    const { member, project } = await scientist();
    const notebook = await seedNotebook(member, { projectId: project.id, cells: [{ source: "%pip install x\nimport math" }, { type: "MARKDOWN", source: "# Notes" }, { source: "print(math.pi)" }] });
    const { id } = await createJob(member, ZCreateJobBody.parse({ projectId: project.id, name: "nb", source: { kind: "notebook", notebookId: notebook.id } }));
    const job = await db.job.findUniqueOrThrow({ where: { id } });
    const [script] = job.files as Array<{ path: string }>;
    expect(job.command).toBe(`python ${script.path}`);
    const [file] = await readFiles(jobFilesPrefix(id), [script.path]);
    expect(file.data.toString()).toContain("# %% cell 1\n# (IPython only) %pip install x\nimport math\n");
    expect(file.data.toString()).toContain("# %% cell 2\nprint(math.pi)\n");
    expect(file.data.toString()).not.toContain("# Notes");
  });

  it("refuses what cannot run, and stores nothing", async () => {
    const { member, project } = await scientist();
    const other = await scientist();
    const files = [{ path: "train.py", data: base64("print(1)") }];
    const attempts = [
      { body: { projectId: project.id, name: "x", source: { kind: "files", files: [{ path: "../escape.py", data: base64("1") }] } }, status: 422 },
      { body: { projectId: project.id, name: "x", command: "python train.py --lr {lr}", source: { kind: "files", files } }, status: 422, message: "The command uses {lr}, which is not a param." },
      { body: { projectId: project.id, name: "x", source: { kind: "files", files: [...files, { path: "b.py", data: base64("2") }] } }, status: 422, message: "Say how to run the job, e.g. python train.py." },
      { body: { projectId: other.project.id, name: "x", source: { kind: "files", files } }, status: 404 },
      { body: { projectId: project.id, name: "x", source: { kind: "files", files: [{ path: "big.bin", data: Buffer.alloc(MAX_JOB_FILES_BYTES + 1).toString("base64") }] } }, status: 413 },
    ];
    for (const attempt of attempts) {
      const result = await createJobRoute.invoke(member, { body: attempt.body });
      expect(result.status, JSON.stringify(result.body).slice(0, 200)).toBe(attempt.status);
      if (attempt.message) expect(result.body).toMatchObject({ message: attempt.message });
    }
    expect(await db.job.count({ where: { teamId: member.teamId } })).toBe(0);
  });
});

describe("the job queue", () => {
  it("places jobs by free slots and GPUs, GPUs held by kernels counted, oldest first", async () => {
    const { member, project } = await scientist();
    const cpu = await seedWorker(member.teamId, { hostname: "cpu-box", jobSlots: 1 });
    const gpu = await seedWorker(member.teamId, { hostname: "gpu-box", gpus: 1, jobSlots: 2 });
    const notebook = await seedNotebook(member, { projectId: project.id });
    const kernel = await seedKernelSession(notebook, { workerId: gpu.id, state: "IDLE", gpus: 1 });
    const gpuJob = await seedJob(member, { projectId: project.id, gpus: 1 });
    const cpuJobs = [await seedJob(member, { projectId: project.id }), await seedJob(member, { projectId: project.id }), await seedJob(member, { projectId: project.id })];

    const first = await claimQueuedJobs(member.teamId);
    // The GPU is the kernel's; the CPU jobs fill the CPU box's one slot and the GPU box's two.
    expect(first.claimed.map((c) => [c.jobId, c.hostname, c.attempt])).toEqual([
      [cpuJobs[0].id, "cpu-box", 1],
      [cpuJobs[1].id, "gpu-box", 1],
      [cpuJobs[2].id, "gpu-box", 1],
    ]);
    expect(await db.job.findUniqueOrThrow({ where: { id: gpuJob.id } })).toMatchObject({ status: "QUEUED", reason: "Every worker that fits is busy; waiting in queue (position 1)." });
    expect(await db.job.findUniqueOrThrow({ where: { id: cpuJobs[0].id } })).toMatchObject({ status: "RUNNING", workerId: cpu.id, leaseExpiresAt: expect.any(Date) });

    // The kernel stops and a CPU job ends: the GPU job fits now.
    await db.kernelSession.update({ where: { id: kernel.id }, data: { state: "STOPPED" } });
    await db.job.update({ where: { id: cpuJobs[1].id }, data: { status: "SUCCEEDED" } });
    expect((await claimQueuedJobs(member.teamId)).claimed.map((c) => [c.jobId, c.hostname])).toEqual([[gpuJob.id, "gpu-box"]]);
  });
});

describe("an attempt's end", () => {
  async function runningJob(options: { maxRetries?: number } = {}) {
    const { member, project } = await scientist();
    // Offline at once after the claim, so that a job queued again stays queued here.
    const worker = await seedWorker(member.teamId, { hostname: "box" });
    const job = await seedJob(member, { projectId: project.id, ...options });
    await claimQueuedJobs(member.teamId);
    await db.worker.update({ where: { id: worker.id }, data: { status: "OFFLINE", lastSeenAt: new Date(Date.now() - 60_000) } });
    return { member, project, worker, job: await db.job.findUniqueOrThrow({ where: { id: job.id } }) };
  }

  it("a start refused after a cancel reached the worker ends cancelled, not failed or lost", async () => {
    const { job, worker } = await runningJob();
    await db.job.update({ where: { id: job.id }, data: { cancelRequestedAt: new Date(), files: [] } });
    // No socket server here: the start is refused, as the worker refuses a job cancelled while its files were written.
    await launchJob({ jobId: job.id, attempt: job.attempt, teamId: job.teamId, workerId: worker.id, hostname: "box" });
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "CANCELLED", reason: "Cancelled before it started on box." });
  });

  it("a lost attempt is queued again while retries are left, then stays lost", async () => {
    const { worker, job } = await runningJob({ maxRetries: 1 });
    await reapLostWorkers({ bootAt: new Date(Date.now() - 120_000) });
    // Queued again: it says why it waits now; its log says what happened.
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "QUEUED", workerId: null, reason: "No worker is online; waiting in queue (position 1)." });
    await db.worker.update({ where: { id: worker.id }, data: { status: "ONLINE", lastSeenAt: new Date() } });
    expect((await claimQueuedJobs(job.teamId)).claimed).toMatchObject([{ jobId: job.id, attempt: 2 }]);
    await db.worker.update({ where: { id: worker.id }, data: { status: "OFFLINE", lastSeenAt: new Date(Date.now() - 60_000) } });
    await reapLostWorkers({ bootAt: new Date(Date.now() - 120_000) });
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "LOST", attempt: 2, reason: "Lost its worker box.", finishedAt: expect.any(Date) });
    const logs = await db.jobLog.findMany({ where: { jobId: job.id }, orderBy: { seq: "asc" } });
    expect(logs.map((log) => [log.seq, log.attempt, log.stream, log.text])).toEqual([
      [0, 1, "system", "Lost its worker box. Queued again (retry 1 of 1).\n"],
      [1, 2, "system", "Lost its worker box.\n"],
    ]);
  });

  it("ends once: a report about another attempt, or from another worker, changes nothing", async () => {
    const { worker, job } = await runningJob();
    expect(await endJob({ jobId: job.id, attempt: 2, from: ["RUNNING"], to: "SUCCEEDED", reason: "Succeeded.", exitCode: 0 })).toBe(false);
    expect(await endJob({ jobId: job.id, attempt: 1, from: ["RUNNING"], to: "SUCCEEDED", reason: "Succeeded.", exitCode: 0, workerId: "someone-else" })).toBe(false);
    expect(await endJob({ jobId: job.id, attempt: 1, from: ["RUNNING"], to: "FAILED", reason: "Exited with code 3.", exitCode: 3, workerId: worker.id })).toBe(true);
    expect(await endJob({ jobId: job.id, attempt: 1, from: ["RUNNING"], to: "SUCCEEDED", reason: "Succeeded.", exitCode: 0, workerId: worker.id })).toBe(false);
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "FAILED", exitCode: 3, reason: "Exited with code 3." });
  });

  it("takes a worker's log chunks in order only while that worker runs that attempt, and renews the lease", async () => {
    const { worker, job } = await runningJob();
    await db.job.update({ where: { id: job.id }, data: { leaseExpiresAt: new Date(Date.now() + 1_000) } });
    expect(await appendJobLog({ jobId: job.id, attempt: 1, stream: "stdout", text: "epoch 1\n", workerId: worker.id })).toBe(true);
    expect(await appendJobLog({ jobId: job.id, attempt: 1, stream: "stderr", text: "warning\n", workerId: worker.id })).toBe(true);
    expect(await appendJobLog({ jobId: job.id, attempt: 2, stream: "stdout", text: "stale\n", workerId: worker.id })).toBe(false);
    expect(await appendJobLog({ jobId: job.id, attempt: 1, stream: "stdout", text: "intruder\n", workerId: "another" })).toBe(false);
    const after = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(after.leaseExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 20_000);
    const logs = await db.jobLog.findMany({ where: { jobId: job.id }, orderBy: { seq: "asc" } });
    expect(logs.map((log) => [log.seq, log.stream, log.text])).toEqual([
      [0, "stdout", "epoch 1\n"],
      [1, "stderr", "warning\n"],
    ]);
  });

  it("a heartbeat that no longer lists a job loses it, once it had time to start", async () => {
    const { worker, job } = await runningJob();
    await reconcileWorkerJobs({ workerId: worker.id, hostname: "box", jobs: [] });
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("RUNNING"); // just sent
    await db.job.update({ where: { id: job.id }, data: { startedAt: new Date(Date.now() - 60_000) } });
    await reconcileWorkerJobs({ workerId: worker.id, hostname: "box", jobs: [{ jobId: job.id, attempt: 1 }] });
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("RUNNING");
    await reconcileWorkerJobs({ workerId: worker.id, hostname: "box", jobs: [] });
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "LOST", reason: "box no longer runs it (the worker restarted?)." });
  });
});

describe("a job's own token", () => {
  it("logs runs into the job (its project, its worker), may do nothing else, and dies with the job", async () => {
    const { member, project } = await scientist();
    const worker = await seedWorker(member.teamId, { hostname: "box" });
    const job = await seedJob(member, { projectId: project.id });
    await claimQueuedJobs(member.teamId);
    const { token, tokenHash, prefix } = generateSecretToken("mls");
    await db.apiToken.create({ data: { userId: member.userId, teamId: member.teamId, name: "job", tokenHash, prefix, jobId: job.id } });
    const actor = await authenticateApiToken(token);
    expect(actor).toMatchObject({ userId: member.userId, jobId: job.id });

    const run = randomBytes(16).toString("hex");
    const logged = await logRunEventsRoute.invoke(actor, { body: { v: 1, events: [{ type: "start", run, params: {}, tags: [], time: 1_700_000_000 }] } });
    expect(logged.status).toBe(201);
    expect(await db.run.findUniqueOrThrow({ where: { id: run } })).toMatchObject({ jobId: job.id, projectId: project.id, workerId: worker.id });

    const refused = await createJobRoute.invoke(actor, { body: { projectId: project.id, name: "x", source: { kind: "files", files: [{ path: "a.py", data: "" }] } } });
    expect(refused.status).toBe(403);

    await endJob({ jobId: job.id, attempt: 1, from: ["RUNNING"], to: "SUCCEEDED", reason: "Succeeded.", exitCode: 0 });
    expect(await authenticateApiToken(token)).toBeNull();
    expect(await db.run.findUniqueOrThrow({ where: { id: run } })).toMatchObject({ status: "FINISHED" });
  });
});
