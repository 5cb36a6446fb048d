// Training jobs through the real server and real worker processes: queued over REST,
// dispatched, their logs streamed and stored, their SDK runs logged into the job; a failing
// job, a cancel, a job that waits for GPUs nobody has, and a job whose worker is killed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedApiToken, seedMember, seedProject, seedTeam } from "@/prisma/seed/factories";
import { startStudio } from "./start-studio";
import { base64, studioApi } from "./studio-api";
import { waitFor } from "./wait-for";
import { startOnlineWorker } from "./worker-process";

let studio: Awaited<ReturnType<typeof startStudio>>;
let token: string;
let project: { id: string };
let team: { teamId: string; userId: string };
const workers: Array<Awaited<ReturnType<typeof startOnlineWorker>>> = [];

const TRAIN = `
import sys, time, mlstudio
from sklearn.datasets import load_digits
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split
X_train, X_test, y_train, y_test = train_test_split(*load_digits(return_X_y=True), random_state=0)
epochs = int(sys.argv[1])
with mlstudio.init(name="digits-sgd") as run:
    model = SGDClassifier(random_state=0)
    for epoch in range(epochs):
        model.partial_fit(X_train, y_train, classes=list(range(10)))
        acc = model.score(X_test, y_test)
        run.log({"acc": acc})
        print(f"epoch {epoch} acc {acc:.3f}", flush=True)
    run.log_confusion_matrix(y_test, model.predict(X_test))
print("warning: done", file=sys.stderr)
`;

const api = studioApi(() => studio.url, () => token);

async function submit(job: Record<string, unknown>) {
  const answer = await api("/api/v1/jobs", { projectId: project.id, ...job });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.id as string;
}

function ended(jobId: string, timeoutMs = 60_000) {
  return waitFor(
    async () => {
      const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
      return ["SUCCEEDED", "FAILED", "CANCELLED", "LOST"].includes(job.status) && job;
    },
    `job ${jobId} to end`,
    timeoutMs,
  );
}

async function logText(jobId: string, stream?: string) {
  const logs = await db.jobLog.findMany({ where: { jobId, ...(stream && { stream }) }, orderBy: { seq: "asc" } });
  return logs.map((log) => log.text).join("");
}

beforeAll(async () => {
  studio = await startStudio();
  const member = await seedMember((await seedTeam()).id, "MEMBER");
  team = member;
  token = (await seedApiToken(member)).token;
  project = await seedProject(member.teamId);
  workers.push(await startOnlineWorker({ url: studio.url, teamId: member.teamId, userId: member.userId, name: "jobs-worker-1" }));
}, 120_000);

afterAll(async () => {
  if (process.env.STUDIO_TEST_LOGS) console.log(studio?.output(), ...workers.map((w) => w.worker.output()));
  await Promise.all(workers.map((w) => w.worker.stop()));
  await studio?.stop();
});

describe("a training job", () => {
  it("runs on a worker, streams its log, and logs its run into the job", { timeout: 90_000 }, async () => {
    const jobId = await submit({ name: "digits", command: "python train.py {epochs}", params: { epochs: 5 }, source: { kind: "files", files: [{ path: "train.py", data: base64(TRAIN) }] } });
    const job = await ended(jobId);
    expect(job, await logText(jobId)).toMatchObject({ status: "SUCCEEDED", exitCode: 0, attempt: 1, workerId: workers[0].row.id, reason: "Succeeded." });

    const stdout = await logText(jobId, "stdout");
    expect(stdout.split("\n").filter(Boolean).map((line) => line.split(" acc")[0])).toEqual(["epoch 0", "epoch 1", "epoch 2", "epoch 3", "epoch 4"]);
    expect(await logText(jobId, "stderr")).toContain("warning: done\n");
    expect(await logText(jobId, "system")).toContain("Started on jobs-worker-1: python train.py 5\n");

    // The run belongs to the job, its project and its worker; the job's params are its params.
    const run = await db.run.findFirstOrThrow({ where: { jobId }, include: { metrics: true, charts: true } });
    expect(run).toMatchObject({ name: "digits-sgd", status: "FINISHED", projectId: project.id, workerId: workers[0].row.id, params: { epochs: 5 } });
    expect(run.metrics).toMatchObject([{ key: "acc", count: 5 }]);
    expect(run.charts).toMatchObject([{ kind: "CONFUSION" }]);
    // Its token died with it.
    expect(await db.apiToken.findMany({ where: { jobId }, select: { revokedAt: true } })).toEqual([{ revokedAt: expect.any(Date) }]);

    const detail = await api(`/api/v1/jobs/${jobId}`);
    expect(detail.body).toMatchObject({ status: "succeeded", workerHostname: "jobs-worker-1", runs: [{ id: run.id, status: "finished" }] });
    const logs = await api(`/api/v1/jobs/${jobId}/logs?after=0`);
    expect((logs.body.chunks as Array<{ seq: number }>)[0].seq).toBe(1);
  });

  it("fails with its exit code and what it printed", { timeout: 60_000 }, async () => {
    const script = "import sys\nprint('about to fail')\nsys.exit(3)\n";
    const jobId = await submit({ name: "failing", source: { kind: "files", files: [{ path: "fail.py", data: base64(script) }] } });
    expect(await ended(jobId)).toMatchObject({ status: "FAILED", exitCode: 3, reason: "Exited with code 3." });
    expect(await logText(jobId, "stdout")).toBe("about to fail\n");
  });

  it("is cancelled: its process stops and it ends as cancelled", { timeout: 60_000 }, async () => {
    const script = "import time\nfor i in range(600):\n    print('tick', i, flush=True)\n    time.sleep(0.1)\n";
    const jobId = await submit({ name: "endless", source: { kind: "files", files: [{ path: "loop.py", data: base64(script) }] } });
    await waitFor(async () => (await logText(jobId, "stdout")).includes("tick 2\n"), "the job to print");
    expect((await api(`/api/v1/jobs/${jobId}/cancel`, {})).status).toBe(201);
    const job = await ended(jobId, 20_000);
    expect(job).toMatchObject({ status: "CANCELLED", reason: "Cancelled. Stopped by SIGTERM." });
    const printed = await logText(jobId, "stdout");
    // Nothing more arrives once it ended: the process is gone.
    const again = await api(`/api/v1/jobs/${jobId}/cancel`, {});
    expect(again).toMatchObject({ status: 409, body: { message: "This job has ended already." } });
    expect(await logText(jobId, "stdout")).toBe(printed);
  });

  it("is stopped when a stopping rule of its run fires, with an alert in the team's feed", { timeout: 60_000 }, async () => {
    const script = [
      "import time, mlstudio",
      "with mlstudio.init(name='exploding', rules=[mlstudio.rules.nan('loss', stop=True)]) as run:",
      "    for step in range(300):",
      "        run.log({'loss': float('nan') if step == 5 else 1 / (step + 1)}, step=step)",
      "        time.sleep(0.1)",
    ].join("\n");
    const jobId = await submit({ name: "exploding", source: { kind: "files", files: [{ path: "explode.py", data: base64(script) }] } });
    expect(await ended(jobId)).toMatchObject({ status: "CANCELLED" });
    const run = await db.run.findFirstOrThrow({ where: { jobId }, include: { rules: true, alerts: true } });
    expect(run.status).toBe("FAILED");
    expect(run.rules).toMatchObject([{ status: "FIRED", firedStep: BigInt(5), message: "loss was NaN at step 5." }]);
    expect(run.alerts).toMatchObject([{ message: "loss was NaN at step 5. The run was stopped." }]);
    expect(await logText(jobId, "system")).toContain("Stopped by a rule of run exploding: loss was NaN at step 5.");
    // Stopped soon after the NaN: far fewer than its 300 steps were logged.
    expect((await db.runMetric.findFirstOrThrow({ where: { runId: run.id } })).count).toBeLessThan(100);
  });

  it("waits, saying why, for GPUs no worker has; cancelled while queued", { timeout: 30_000 }, async () => {
    const jobId = await submit({ name: "big", gpus: 2, source: { kind: "files", files: [{ path: "gpu.py", data: base64("print(1)") }] } });
    const detail = await api(`/api/v1/jobs/${jobId}`);
    expect(detail.body).toMatchObject({ status: "queued", reason: "No worker that runs jobs has 2 GPUs; waiting in queue (position 1)." });
    expect((await api(`/api/v1/jobs/${jobId}/cancel`, {})).status).toBe(201);
    expect(await db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ status: "CANCELLED", attempt: 0 });
  });

  it("whose worker is killed is lost, queued again, and runs on another worker", { timeout: 120_000 }, async () => {
    const script = "import time\nprint('attempt started', flush=True)\ntime.sleep(120)\n";
    const jobId = await submit({ name: "survivor", maxRetries: 1, source: { kind: "files", files: [{ path: "survive.py", data: base64(script) }] } });
    await waitFor(async () => (await logText(jobId, "stdout")).includes("attempt started"), "the first attempt to start");
    workers[0].worker.child.kill("SIGKILL");
    await waitFor(async () => (await db.job.findUniqueOrThrow({ where: { id: jobId } })).status === "QUEUED", "the job to be queued again", 30_000);
    // The line is written just after the state: wait for it, not for the clock.
    await waitFor(async () => (await logText(jobId, "system")).includes("Lost its worker jobs-worker-1. Queued again (retry 1 of 1).\n"), "the lost line");
    workers.push(await startOnlineWorker({ url: studio.url, teamId: team.teamId, userId: team.userId, name: "jobs-worker-2" }));
    await waitFor(async () => (await logText(jobId, "stdout")) === "attempt started\nattempt started\n", "the second attempt to print", 30_000);
    expect(await db.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({ status: "RUNNING", attempt: 2, workerId: workers[1].row.id });
    expect((await api(`/api/v1/jobs/${jobId}/cancel`, {})).status).toBe(201);
    expect(await ended(jobId, 20_000)).toMatchObject({ status: "CANCELLED", attempt: 2 });
  });
});
