// Runs side by side against the real database: params and summaries as logged, the union of
// their keys, and nothing of another team's, not even whether it exists.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ZSdkBatch } from "@/lib/protocol/sdk-events";
import { seedMember, seedTeam } from "@/prisma/seed/factories";
import { compareRuns } from "./compare-runs";
import { ingestSdkBatch } from "./ingest-sdk-batch";

const T0 = 1_700_000_000;
const runId = () => randomBytes(16).toString("hex");

async function teamWithLogger() {
  const team = await seedTeam();
  const member = await seedMember(team.id, "VIEWER");
  const logger = await seedMember(team.id, "MEMBER");
  const log = (events: unknown[]) => ingestSdkBatch({ teamId: team.id, userId: logger.userId, mayCreateProject: true }, ZSdkBatch.parse({ v: 1, events }));
  return { member, log };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("compareRuns", () => {
  it("gives each run's params, summary and metric figures in the order asked, and the union of their keys", async () => {
    const { member, log } = await teamWithLogger();
    const [adam, sgd] = [runId(), runId()];
    await log([
      { type: "start", run: adam, project: "Compare", name: "adam", params: { lr: 0.001, optimizer: "adam", layers: [64, 64] }, time: T0 },
      { type: "start", run: sgd, project: "Compare", name: "sgd", params: { lr: 0.1, optimizer: "sgd", momentum: 0.9, layers: [64, 64] }, time: T0 },
      { type: "metrics", run: adam, step: 0, time: T0, values: { loss: 2, acc: 0.2 } },
      { type: "metrics", run: adam, step: 1, time: T0 + 1, values: { loss: 0.5, acc: 0.8 } },
      { type: "metrics", run: sgd, step: 0, time: T0, values: { loss: 3 } },
      { type: "metrics", run: sgd, step: 1, time: T0 + 1, values: { loss: "NaN", grad_norm: 4 } },
      { type: "summary", run: adam, values: { best_acc: 0.8 } },
      { type: "finish", run: adam, status: "finished", time: T0 + 2 },
    ]);

    const comparison = await compareRuns(member, { runIds: [sgd, adam] });

    expect(comparison.runs.map((run) => [run.name, run.status])).toEqual([
      ["sgd", "running"],
      ["adam", "finished"],
    ]);
    expect(comparison.paramKeys).toEqual(["layers", "lr", "momentum", "optimizer"]);
    expect(comparison.metricKeys).toEqual(["acc", "grad_norm", "loss"]);
    expect(comparison.commonMetricKeys).toEqual(["loss"]);
    expect(comparison.summaryKeys).toEqual(["best_acc"]);
    const [sgdRun, adamRun] = comparison.runs;
    expect(adamRun).toMatchObject({ project: { name: "Compare" }, params: { lr: 0.001, optimizer: "adam", layers: [64, 64] }, summary: { best_acc: 0.8 } });
    expect(sgdRun.params).toEqual({ lr: 0.1, optimizer: "sgd", momentum: 0.9, layers: [64, 64] });
    expect(sgdRun.summary).toEqual({});
    expect(adamRun.metrics).toEqual({
      acc: { last: 0.8, lastStep: 1, min: 0.2, max: 0.8, count: 2 },
      loss: { last: 0.5, lastStep: 1, min: 0.5, max: 2, count: 2 },
    });
    // A last value that is not a number stays visible as such; the extremes are the finite ones.
    expect(sgdRun.metrics.loss).toEqual({ last: "NaN", lastStep: 1, min: 3, max: 3, count: 2 });
    expect(sgdRun.metrics.acc).toBeUndefined();
  });

  it("answers 404 for another team's run, naming it, without telling it exists", async () => {
    const ours = await teamWithLogger();
    const theirs = await teamWithLogger();
    const [mine, foreign] = [runId(), runId()];
    await ours.log([{ type: "start", run: mine, project: "Compare", name: "mine", time: T0 }]);
    await theirs.log([{ type: "start", run: foreign, project: "Compare", name: "theirs", time: T0 }]);

    const error = await refusal(compareRuns(ours.member, { runIds: [mine, foreign] }));
    expect({ status: error.status, message: error.message }).toEqual({ status: 404, message: `Run ${foreign} does not exist in your team.` });
    const unknown = runId();
    const missing = await refusal(compareRuns(ours.member, { runIds: [unknown, mine] }));
    expect(missing.message).toBe(`Run ${unknown} does not exist in your team.`);
  });

  it("answers 422 for fewer than 2 runs, more than 10, or one run twice", async () => {
    const { member } = await teamWithLogger();
    const one = await refusal(compareRuns(member, { runIds: [runId()] }));
    expect(one.status).toBe(422);
    expect(one.fieldErrors).toEqual({ runIds: ["choose at least 2 runs to compare"] });
    const eleven = await refusal(compareRuns(member, { runIds: Array.from({ length: 11 }, runId) }));
    expect(eleven.status).toBe(422);
    expect(eleven.fieldErrors).toEqual({ runIds: ["choose at most 10 runs to compare"] });
    const id = runId();
    expect((await refusal(compareRuns(member, { runIds: [id, id] }))).fieldErrors).toEqual({ runIds: ["each run is compared once"] });
  });

  it("asks who is calling before anything else", async () => {
    expect((await refusal(compareRuns(null, { runIds: [runId(), runId()] }))).status).toBe(401);
  });
});
