// Sweeps through the real server and a real worker: trials made as slots free up, at most
// the sweep's parallelism at once, each a job with the params the method gave it; early
// stopping (median rule) stopping the poor ones while they train; the best trial ranked first;
// a cancel stopping what runs; and bad sweeps refused whole.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { base64 } from "./studio-api";
import { startStudioWithWorker } from "./studio-with-worker";
import { waitFor } from "./wait-for";

let setup: Awaited<ReturnType<typeof startStudioWithWorker>>;
const api = (path: string, body?: unknown) => setup.api(path, body);

// A loss that falls with the steps, lowest for x = 0.3: the further x is, the worse the trial
// at every step, so the median rule can tell early.
const TRAIN = `
import sys, time, mlstudio
x = float(sys.argv[1])
with mlstudio.init(name=f"x={x}") as run:
    for step in range(12):
        run.log({"loss": (x - 0.3) ** 2 + 1 / (step + 1)}, step=step)
        time.sleep(0.15)
`;
const source = { kind: "files", files: [{ path: "train.py", data: base64(TRAIN) }] };

async function sweepEnded(sweepId: string) {
  return waitFor(
    async () => {
      const sweep = await db.sweep.findUniqueOrThrow({ where: { id: sweepId } });
      return sweep.status !== "RUNNING" && (await db.job.count({ where: { sweepTrial: { sweepId }, status: { in: ["QUEUED", "RUNNING"] } } })) === 0 && sweep;
    },
    `sweep ${sweepId} to end`,
    120_000,
  );
}

/** The most trials that ran at the same moment, from their jobs' start and end times. */
function mostAtOnce(jobs: Array<{ startedAt: Date | null; finishedAt: Date | null }>) {
  const edges = jobs.flatMap((job) => [
    [job.startedAt!.getTime(), 1],
    [job.finishedAt!.getTime(), -1],
  ]);
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let running = 0;
  let most = 0;
  for (const [, change] of edges) most = Math.max(most, (running += change));
  return most;
}

beforeAll(async () => {
  setup = await startStudioWithWorker("sweeps-worker");
}, 120_000);

afterAll(async () => {
  await setup?.stop();
});

describe("a sweep", () => {
  it("runs 6 trials 2 at a time, stops the poor ones early by the median rule, and ranks the best first", { timeout: 150_000 }, async () => {
    const created = await api("/api/v1/sweeps", {
      projectId: setup.project.id,
      name: "tune x",
      command: "python train.py {x}",
      source,
      method: "grid",
      space: { x: { type: "choice", values: [0.3, 0.35, 0.9, 0.95, 0.32, 0.99] } },
      objective: { metric: "loss", direction: "minimize" },
      maxTrials: 10,
      parallelism: 2,
      earlyStopping: { type: "median", startupTrials: 2, warmupSteps: 2 },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const sweepId = created.body.id as string;
    // Its first two trials are queued at once.
    expect(await db.sweepTrial.count({ where: { sweepId } })).toBe(2);

    expect(await sweepEnded(sweepId)).toMatchObject({ status: "SUCCEEDED", reason: "All 6 trials ended." });
    const trials = await db.sweepTrial.findMany({ where: { sweepId }, orderBy: { number: "asc" }, include: { job: true } });
    // The grid's 6 points, in order, each its job's param: the grid ran out before the budget.
    expect(trials.map((trial) => trial.params)).toEqual([0.3, 0.35, 0.9, 0.95, 0.32, 0.99].map((x) => ({ x })));
    expect(trials.map((trial) => trial.job.params)).toEqual(trials.map((trial) => trial.params));
    expect(mostAtOnce(trials.map((trial) => trial.job))).toBe(2);

    // The far ones were stopped while they trained, the near ones ran their 12 steps.
    const outcome = trials.map((trial) => [trial.params, trial.job.status, trial.stopReason === null ? "ran" : "stopped"]);
    expect(outcome).toEqual([
      [{ x: 0.3 }, "SUCCEEDED", "ran"],
      [{ x: 0.35 }, "SUCCEEDED", "ran"],
      [{ x: 0.9 }, "CANCELLED", "stopped"],
      [{ x: 0.95 }, "CANCELLED", "stopped"],
      [{ x: 0.32 }, "SUCCEEDED", "ran"],
      [{ x: 0.99 }, "CANCELLED", "stopped"],
    ]);
    for (const stopped of trials.filter((trial) => trial.stopReason)) {
      expect(Number(stopped.objectiveStep)).toBeLessThan(11);
      expect(stopped.stopReason).toMatch(/worse than the median/);
    }
    // The objective is each trial's lowest loss: at its last step for those that ran.
    expect(trials[0].objective).toBeCloseTo(1 / 12, 9);

    const detail = await api(`/api/v1/sweeps/${sweepId}`);
    const ranked = detail.body.trials as Array<{ number: number; status: string; runId: string | null; reason: string | null }>;
    // The three that ran, best first; the stopped ones after them (in an order that depends on
    // the step each was stopped at).
    expect(ranked.slice(0, 3).map((trial) => trial.number)).toEqual([1, 5, 2]);
    expect(ranked.slice(3).map((trial) => trial.number).sort()).toEqual([3, 4, 6]);
    expect(ranked.map((trial) => trial.status)).toEqual(["succeeded", "succeeded", "succeeded", "stopped", "stopped", "stopped"]);
    expect(ranked.every((trial) => trial.runId)).toBe(true);
    expect(detail.body).toMatchObject({ status: "succeeded", trialCount: 6, endedTrialCount: 6, best: { number: 1 } });
    // The stopped trial's job log says why.
    const stoppedLog = await db.jobLog.findMany({ where: { jobId: trials[2].jobId, stream: "system" } });
    expect(stoppedLog.map((line) => line.text).join("")).toContain("Early stopping: Stopped at step");
  });

  it("is cancelled: no more trials are made and the running ones stop", { timeout: 60_000 }, async () => {
    const created = await api("/api/v1/sweeps", {
      projectId: setup.project.id,
      name: "cancelled",
      command: "python train.py {x}",
      source,
      method: "random",
      space: { x: { type: "float", min: 0, max: 1 } },
      objective: { metric: "loss", direction: "minimize" },
      maxTrials: 20,
      parallelism: 2,
    });
    const sweepId = created.body.id as string;
    await waitFor(async () => (await db.job.count({ where: { sweepTrial: { sweepId }, status: "RUNNING" } })) === 2, "two trials to run");
    expect((await api(`/api/v1/sweeps/${sweepId}/cancel`, {})).status).toBe(201);
    expect(await sweepEnded(sweepId)).toMatchObject({ status: "CANCELLED" });
    const jobs = await db.job.findMany({ where: { sweepTrial: { sweepId } } });
    expect(jobs.map((job) => job.status)).toEqual(["CANCELLED", "CANCELLED"]);
    expect(await api(`/api/v1/sweeps/${sweepId}/cancel`, {})).toMatchObject({ status: 409, body: { message: "This sweep has ended already." } });
  });

  it("that cannot run is refused whole, saying why", async () => {
    const before = await db.sweep.count();
    const body = { projectId: setup.project.id, name: "bad", command: "python train.py {x}", source, objective: { metric: "loss", direction: "minimize" } };
    const floatGrid = await api("/api/v1/sweeps", { ...body, method: "grid", space: { x: { type: "float", min: 0, max: 1 } } });
    expect(floatGrid).toMatchObject({ status: 422, body: { message: 'A grid searches choices and int ranges: give "x" a list of values.' } });
    const unknownParam = await api("/api/v1/sweeps", { ...body, command: "python train.py {y}", space: { x: { type: "float", min: 0, max: 1 } } });
    expect(unknownParam).toMatchObject({ status: 422, body: { message: "The command uses {y}, which is not a param." } });
    const both = await api("/api/v1/sweeps", { ...body, params: { x: 1 }, space: { x: { type: "float", min: 0, max: 1 } } });
    expect(both.status).toBe(422);
    expect(JSON.stringify(both.body)).toContain('\\"x\\" is searched: it cannot be a fixed param too.');
    const upsideDown = await api("/api/v1/sweeps", { ...body, space: { x: { type: "float", min: 2, max: 1 } } });
    expect(JSON.stringify(upsideDown.body)).toContain("min must not be above max");
    expect(await db.sweep.count()).toBe(before);
  });
});
