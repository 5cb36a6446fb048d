// AutoML through the real server and a real worker: sklearn's breast cancer table as a CSV,
// its target's task inferred, trials of the three model families cross-validated as jobs,
// each run with its fold scores, confusion matrix, feature importance and model; bad tables
// refused whole.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { base64 } from "./studio-api";
import { startStudioWithWorker } from "./studio-with-worker";
import { waitFor } from "./wait-for";

let setup: Awaited<ReturnType<typeof startStudioWithWorker>>;
const api = (path: string, body?: unknown) => setup.api(path, body);

const CSV = execFileSync(
  "/usr/bin/python3",
  ["-c", "from sklearn.datasets import load_breast_cancer; f = load_breast_cancer(as_frame=True).frame.rename(columns={'target': 'diagnosis'}); print(f.to_csv(index=False), end='')"],
  { encoding: "utf8" },
);

beforeAll(async () => {
  setup = await startStudioWithWorker("automl-worker");
}, 120_000);

afterAll(async () => {
  await setup?.stop();
});

describe("AutoML", () => {
  it("infers classification for breast cancer and ranks cross-validated models of each family", { timeout: 240_000 }, async () => {
    const created = await api("/api/v1/automl", {
      projectId: setup.project.id,
      name: "cancer",
      file: { path: "breast_cancer.csv", data: base64(CSV) },
      target: "diagnosis",
      maxTrials: 6,
      parallelism: 2,
      folds: 3,
      seed: 7,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.task).toBe("classification");
    const sweepId = created.body.id as string;
    const sweep = await waitFor(
      async () => {
        const row = await db.sweep.findUniqueOrThrow({ where: { id: sweepId } });
        return row.status !== "RUNNING" && row;
      },
      "the AutoML sweep to end",
      200_000,
    );
    expect(sweep).toMatchObject({ status: "SUCCEEDED", objectiveMetric: "cv_score", isMaximized: true, method: "TPE" });

    const detail = await api(`/api/v1/sweeps/${sweepId}`);
    const trials = detail.body.trials as Array<{ params: { model: string; complexity: number }; objective: number | null; status: string; runId: string }>;
    expect(trials).toHaveLength(6);
    expect(trials[0].objective).toBeGreaterThan(0.9);
    expect(new Set(trials.map((trial) => trial.params.model)).size).toBeGreaterThanOrEqual(2);

    // The best trial's run holds what the leaderboard links to.
    const run = await db.run.findUniqueOrThrow({ where: { id: trials[0].runId }, include: { metrics: true, charts: true, artifacts: true } });
    expect(run.metrics.find((metric) => metric.key === "cv_score")).toMatchObject({ count: 3 });
    expect(run.charts).toMatchObject([{ kind: "CONFUSION" }]);
    expect(run.artifacts.some((artifact) => artifact.model !== null)).toBe(true);
    const summary = run.summary as { task: string; metric: string; feature_importance: Record<string, number> };
    expect(summary).toMatchObject({ task: "classification", metric: "accuracy" });
    const columns = CSV.split("\n")[0].split(",");
    expect(Object.keys(summary.feature_importance).every((feature) => columns.includes(feature))).toBe(true);
  });

  it("refuses a table it cannot learn from, saying why, and makes nothing", async () => {
    const before = await db.sweep.count();
    const body = { projectId: setup.project.id, name: "bad", target: "diagnosis" };
    const missing = await api("/api/v1/automl", { ...body, file: { path: "t.csv", data: base64("a,b\n1,2\n") } });
    expect(missing).toMatchObject({ status: 422, body: { message: 'The CSV has no column "diagnosis"; it has a, b.' } });
    const ragged = await api("/api/v1/automl", { ...body, file: { path: "t.csv", data: base64("a,diagnosis\n1,2\n3\n") } });
    expect(ragged).toMatchObject({ status: 422, body: { message: "The CSV is broken at line 3: it has 1 fields, the header 2." } });
    const single = await api("/api/v1/automl", { ...body, file: { path: "t.csv", data: base64(`a,diagnosis\n${"1,x\n".repeat(20)}`) } });
    expect(single).toMatchObject({ status: 422, body: { message: '"diagnosis" has one class only: there is nothing to tell apart.' } });
    const notCsv = await api("/api/v1/automl", { ...body, file: { path: "t.txt", data: base64("a,diagnosis\n") } });
    expect(notCsv.status).toBe(422);
    expect(await db.sweep.count()).toBe(before);
  });
});
