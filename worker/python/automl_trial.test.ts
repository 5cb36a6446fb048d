// The AutoML trial script, run for real by Debian's Python on scikit-learn's own datasets, its
// SDK posting to a local HTTP server that answers as POST /api/v1/runs/events does. The
// batches are checked with the server's schema before anything else is asserted.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventsOf, ofType, PYTHON, PYTHON_ENV, SDK_PATH } from "../sdk/sdk-test-support";

const SCRIPT = fileURLToPath(new URL("./automl_trial.py", import.meta.url));
// Two cores, and a forest fitted six times: far more than it needs, never a flaky limit.
const TRIAL_TIMEOUT_MS = 60_000;

// Writes the two datasets as a user would upload them: one CSV each, the target named.
const WRITE_DATASETS = `
import sys
from sklearn.datasets import load_breast_cancer, load_diabetes
folder = sys.argv[1]
load_breast_cancer(as_frame=True).frame.rename(columns={"target": "diagnosis"}).to_csv(f"{folder}/cancer.csv", index=False)
load_diabetes(as_frame=True).frame.rename(columns={"target": "progression"}).to_csv(f"{folder}/diabetes.csv", index=False)
`;

let folder: string;
let cancerColumns: string[];

beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), "mlstudio-automl-trial-"));
  execFileSync(PYTHON, ["-c", WRITE_DATASETS, folder]);
  cancerColumns = execFileSync(PYTHON, ["-c", "from sklearn.datasets import load_breast_cancer; print('\\n'.join(load_breast_cancer().feature_names))"], { encoding: "utf8" })
    .trim()
    .split("\n");
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Records the SDK's batches and answers each as the studio's route does: the batch's run ids. */
async function startStudio() {
  const batches: unknown[] = [];
  const paths: string[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const batch = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { events: Array<{ run: string }> };
      batches.push(batch);
      paths.push(`${request.method} ${request.url}`);
      const runIds = [...new Set(batch.events.map((event) => event.run))];
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ runIds }));
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const close = () => new Promise((resolve) => server.close(resolve));
  return { url: `http://127.0.0.1:${port}`, batches, paths, close };
}

/** Runs one trial to its end, as a job's process would be: the SDK on PYTHONPATH, a job id. */
async function runTrial(args: string[]) {
  const studio = await startStudio();
  try {
    const child = spawn(PYTHON, [SCRIPT, ...args], {
      env: {
        ...process.env,
        ...PYTHON_ENV,
        PYTHONPATH: SDK_PATH,
        MLSTUDIO_URL: studio.url,
        MLSTUDIO_API_TOKEN: "test",
        MLSTUDIO_TRANSPORT: "http",
        MLSTUDIO_JOB_ID: "test-job",
        MLSTUDIO_PARAMS: "{}",
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const [code] = (await once(child, "close")) as [number | null];
    return { code, stdout, stderr, paths: studio.paths, events: eventsOf(studio.batches) };
  } finally {
    await studio.close();
  }
}

const cancerTrial = (model: string, extra: string[] = []) => [
  ...["--data", path.join(folder, "cancer.csv"), "--target", "diagnosis", "--task", "classification"],
  ...["--model", model, "--complexity", "0.5", ...extra],
];

/** The summary as the studio keeps it: every summary event merged into the last. */
function summaryOf(events: ReturnType<typeof eventsOf>) {
  return Object.assign({}, ...ofType(events, "summary").map((event) => event.values)) as Record<string, unknown>;
}

describe("automl_trial.py", () => {
  it(
    "cross-validates a random forest on breast cancer, logging each fold, the matrix, the summary and the model",
    async () => {
      const { code, stderr, stdout, paths, events } = await runTrial(cancerTrial("random_forest"));
      expect(code, stderr).toBe(0);
      expect(stdout.match(/^fold \d\/5/gm)).toHaveLength(5);
      expect(new Set(paths)).toEqual(new Set(["POST /api/v1/runs/events"]));

      const [start] = ofType(events, "start");
      expect(start.name).toBe("random_forest c=0.50");
      expect(start.params).toMatchObject({ target: "diagnosis", task: "classification", model: "random_forest", complexity: 0.5, folds: 5, seed: 0 });

      const folds = ofType(events, "metrics").filter((event) => "cv_score" in event.values);
      expect(folds.map((event) => event.step)).toEqual([0, 1, 2, 3, 4]);
      const scores = folds.map((event) => event.values.cv_score as number);
      for (const score of scores) {
        expect(score).toBeGreaterThan(0);
        expect(score).toBeLessThanOrEqual(1);
      }
      expect(scores.at(-1)).toBeGreaterThanOrEqual(0.9);
      expect(Object.keys(folds[0].values).sort()).toEqual(["cv_score", "fold_accuracy", "fold_f1_macro", "fold_roc_auc"]);

      const [confusion] = ofType(events, "confusion");
      expect(confusion.labels).toHaveLength(2);
      expect(confusion.step).toBe(4);
      expect(confusion.matrix.flat().reduce((sum, count) => sum + count, 0)).toBe(569);

      const summary = summaryOf(events);
      expect(summary).toMatchObject({ task: "classification", model: "random_forest", metric: "accuracy", rows: 569, features: 30 });
      expect(summary.cv_score).toBeCloseTo(scores.at(-1)!, 10);
      const importance = Object.keys(summary.feature_importance as object);
      expect(importance.length).toBeGreaterThan(0);
      expect(importance.length).toBeLessThanOrEqual(15);
      for (const column of importance) expect(cancerColumns).toContain(column);

      const [model] = ofType(events, "artifact");
      expect(model.path).toBe("model/model.pkl");
      expect(model.model?.flavor).toBe("sklearn");
      expect(model.model?.signature?.inputs).toHaveLength(30);
      expect(ofType(events, "finish").map((event) => event.status)).toEqual(["finished"]);
    },
    TRIAL_TIMEOUT_MS,
  );

  it(
    "fits a linear regression on diabetes, with R² by fold and a histogram of residuals",
    async () => {
      const diabetes = ["--data", path.join(folder, "diabetes.csv"), "--target", "progression", "--task", "regression"];
      const { code, stderr, events } = await runTrial([...diabetes, "--model", "linear", "--complexity", "0.5"]);
      expect(code, stderr).toBe(0);

      const folds = ofType(events, "metrics").filter((event) => "cv_score" in event.values);
      expect(folds.map((event) => event.step)).toEqual([0, 1, 2, 3, 4]);
      expect(Object.keys(folds[0].values).sort()).toEqual(["cv_score", "fold_mae", "fold_r2", "fold_rmse"]);
      expect(folds.at(-1)!.values.cv_score).toBeGreaterThan(0.2);

      const [residuals] = ofType(events, "histogram");
      expect(residuals.name).toBe("residuals");
      expect(residuals.counts.reduce((sum, count) => sum + count, 0)).toBe(442);
      expect(summaryOf(events)).toMatchObject({ metric: "r2", rows: 442, features: 10 });
      expect(ofType(events, "artifact")).toHaveLength(1);
    },
    TRIAL_TIMEOUT_MS,
  );

  it(
    "exits 2 naming the target when the CSV has no such column, before any run starts",
    async () => {
      const args = cancerTrial("linear").map((arg) => (arg === "diagnosis" ? "outcome" : arg));
      const { code, stderr, events } = await runTrial(args);
      expect(code).toBe(2);
      expect(stderr).toContain("'outcome'");
      expect(stderr).toContain("mean radius");
      expect(events).toEqual([]);
    },
    TRIAL_TIMEOUT_MS,
  );
});
