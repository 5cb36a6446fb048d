// The model server and its supervisor for real: Debian's Python fits and saves the models
// here, the server loads them, and its answers over HTTP must be what the same models say
// in Python on the same rows.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PYTHON, PYTHON_ENV } from "../sdk/sdk-test-support";
import { MODEL_SERVER_SCRIPT, ReplicaSupervisor, type TModelFlavor, type TReplicaStatus } from "./replica-supervisor";

const SECRET = "test-replica-secret";
const ROWS = [0, 1, 50, 51, 100, 101, 149]; // iris rows of each class

// Saves the three models as log_model would, and prints what each predicts for ROWS.
const WRITE_MODELS = `
import json, sys
import joblib, numpy as np
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
folder, rows = sys.argv[1], json.loads(sys.argv[2])
iris = load_iris(as_frame=True)
X, y = iris.data, iris.target
sample = X.iloc[rows]
logistic = LogisticRegression(max_iter=1000).fit(X, y)
joblib.dump(logistic, f"{folder}/iris.pkl")
expected = {
    "columns": list(X.columns),
    "rows": sample.to_numpy().tolist(),
    "sklearn": {"predict": logistic.predict(sample).tolist(), "proba": logistic.predict_proba(sample).tolist()},
}
try:
    import torch
except ImportError:
    pass
else:
    torch.manual_seed(0)
    linear = torch.jit.script(torch.nn.Linear(4, 2))
    torch.jit.save(linear, f"{folder}/linear.pt")
    with torch.no_grad():
        expected["pytorch"] = linear(torch.tensor(sample.to_numpy(), dtype=torch.float32)).numpy().tolist()
try:
    from xgboost import XGBClassifier
except ImportError:
    pass
else:
    boosted = XGBClassifier(n_estimators=10, max_depth=2).fit(X.to_numpy(), y.to_numpy())
    joblib.dump(boosted, f"{folder}/boosted.pkl")
    expected["xgboost"] = boosted.predict(sample.to_numpy()).tolist()
with open(f"{folder}/not-a-model.pkl", "w") as file:
    file.write("these are not the weights you are looking for")
print(json.dumps(expected))
`;

type TExpected = {
  columns: string[];
  rows: number[][];
  sklearn: { predict: number[]; proba: number[][] };
  pytorch?: number[][];
  xgboost?: number[];
};
type TOutput = { name: string; shape: number[]; datatype: string; data: unknown[] };
type TAnswer = { status: number; body: { error?: string; id?: string; model_name?: string; outputs?: TOutput[] } };

// torch and xgboost are optional on a studio machine (scripts/ensure.sh installs torch only):
// their cases say so by skipping, rather than failing where the package is simply absent.
const [HAS_TORCH, HAS_XGBOOST] = JSON.parse(
  execFileSync(PYTHON, ["-c", "import importlib.util as u, json; print(json.dumps([bool(u.find_spec(m)) for m in ('torch', 'xgboost')]))"], {
    encoding: "utf8",
  }),
) as [boolean, boolean];

let folder: string;
let expected: TExpected;
const supervised: ReplicaSupervisor[] = [];

/** A supervisor whose reports can be awaited: `waitFor` resolves on the first status from
 * index `from` on (all of them by default) that matches. */
function superviseReplica(modelFile: string, flavor: TModelFlavor, signature: unknown | null, maxRestarts?: number) {
  const statuses: TReplicaStatus[] = [];
  const waiters: Array<{ from: number; match: (s: TReplicaStatus) => boolean; resolve: (s: TReplicaStatus) => void }> = [];
  const logs: string[] = [];
  const supervisor = new ReplicaSupervisor({
    replicaId: `replica-${supervised.length + 1}`,
    python: PYTHON,
    modelFile: path.join(folder, modelFile),
    flavor,
    signature,
    host: "127.0.0.1",
    secret: SECRET,
    env: PYTHON_ENV,
    maxRestarts,
    log: (line) => logs.push(line),
    onStatus: (status) => {
      statuses.push(status);
      for (const waiter of waiters.filter((w) => w.match(status))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(status);
      }
    },
  });
  supervised.push(supervisor);
  const waitFor = (match: (s: TReplicaStatus) => boolean, from = 0) => {
    const seen = statuses.slice(from).find(match);
    return seen ? Promise.resolve(seen) : new Promise<TReplicaStatus>((resolve) => waiters.push({ from, match, resolve }));
  };
  return { supervisor, statuses, logs, waitFor };
}

async function send(url: string, route: string, body?: unknown, secret: string | null = SECRET): Promise<TAnswer> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (secret !== null) headers["x-replica-secret"] = secret;
  const response = await fetch(`${url}${route}`, { method: body === undefined ? "GET" : "POST", headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as TAnswer["body"] };
}

/** The rows as a DataFrame request: one FP64 column per input. */
function columnsOf(rows: number[][], columns: string[]) {
  return columns.map((name, j) => ({ name, shape: [rows.length], datatype: "FP64", data: rows.map((row) => row[j]) }));
}

function tensorOf(rows: number[][], datatype = "FP64") {
  return [{ name: "input", shape: [rows.length, rows[0].length], datatype, data: rows.flat() }];
}

function expectClose(actual: unknown[], wanted: number[]) {
  expect(actual).toHaveLength(wanted.length);
  wanted.forEach((value, i) => expect(actual[i]).toBeCloseTo(value, 5));
}

const signatureOf = (columns: string[]) => ({
  inputs: columns.map((name) => ({ name, type: "float64", shape: [-1] })),
  outputs: [{ name: "predict", type: "int64", shape: [-1] }],
});

let iris: ReturnType<typeof superviseReplica>;
let irisUrl: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "mlstudio-replica-"));
  expected = JSON.parse(execFileSync(PYTHON, ["-c", WRITE_MODELS, folder, JSON.stringify(ROWS)], { encoding: "utf8", env: { ...process.env, ...PYTHON_ENV } }));
  iris = superviseReplica("iris.pkl", "sklearn", signatureOf(expected.columns));
  irisUrl = (await iris.supervisor.start()).url!;
});

afterAll(async () => {
  await Promise.all(supervised.map((supervisor) => supervisor.stop()));
  rmSync(folder, { recursive: true, force: true });
});

describe("a ready model server", () => {
  it("answers a DataFrame request as the model does in Python, probabilities too", async () => {
    expect(iris.supervisor.status()).toMatchObject({ state: "ready", url: irisUrl, restarts: 0 });
    expect(irisUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const inputs = columnsOf(expected.rows, expected.columns);
    const answer = await send(irisUrl, "/infer", { id: "request-1", inputs, parameters: { probabilities: true } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ model_name: "model", id: "request-1" });
    const [predict, probabilities] = answer.body.outputs!;
    expect(predict).toEqual({ name: "predict", shape: [ROWS.length], datatype: "INT64", data: expected.sklearn.predict });
    expect(new Set(expected.sklearn.predict).size).toBe(3); // the rows span the classes: a constant answer fails
    expect(probabilities).toMatchObject({ name: "probabilities", shape: [ROWS.length, 3], datatype: "FP64" });
    expectClose(probabilities.data, expected.sklearn.proba.flat());
  });

  it("takes the columns in any order, or a single [n, 4] tensor, and answers its health check", async () => {
    const outputs = [{ name: "predict", shape: [ROWS.length], datatype: "INT64", data: expected.sklearn.predict }];
    const reversed = await send(irisUrl, "/infer", { inputs: columnsOf(expected.rows, expected.columns).reverse() });
    expect(reversed.body.outputs).toEqual(outputs); // the signature's order, not the request's
    const answer = await send(irisUrl, "/infer", { inputs: tensorOf(expected.rows) });
    expect(answer.status).toBe(200);
    expect(answer.body.outputs).toEqual(outputs);
    expect(answer.body).not.toHaveProperty("id");
    expect(await send(irisUrl, "/health")).toEqual({ status: 200, body: { status: "ready" } });
  });

  it("refuses a request without the replica's secret", async () => {
    const inputs = tensorOf(expected.rows);
    for (const secret of [null, "not-the-secret"]) {
      const answer = await send(irisUrl, "/infer", { inputs }, secret);
      expect(answer.status).toBe(401);
      expect(answer.body.error).toMatch(/X-Replica-Secret/);
      expect((await send(irisUrl, "/health", undefined, secret)).status).toBe(401);
    }
  });

  it("answers 400 naming the input whose shape does not fit its data", async () => {
    const inputs = columnsOf(expected.rows, expected.columns);
    inputs[2] = { ...inputs[2], shape: [ROWS.length + 1] };
    const answer = await send(irisUrl, "/infer", { inputs });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toContain(`input '${expected.columns[2]}'`);
    expect(answer.body.error).toMatch(/needs 8 values, data has 7/);
  });

  it("answers 400 for a column the signature does not have, or lacks", async () => {
    const inputs = columnsOf(expected.rows, expected.columns);
    const unknown = await send(irisUrl, "/infer", { inputs: [...inputs.slice(0, 3), { ...inputs[3], name: "petal colour" }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/unknown input 'petal colour'/);
    const missing = await send(irisUrl, "/infer", { inputs: inputs.slice(0, 3) });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toContain(`missing input '${expected.columns[3]}'`);
    // Still serving after bad requests.
    expect((await send(irisUrl, "/infer", { inputs })).status).toBe(200);
  });

  it.skipIf(!HAS_TORCH)("serves a TorchScript module on a float32 tensor", async () => {
    const { supervisor } = superviseReplica("linear.pt", "pytorch", null);
    const { url } = await supervisor.start();
    const answer = await send(url!, "/infer", { inputs: tensorOf(expected.rows, "FP32") });
    expect(answer.status).toBe(200);
    const [output] = answer.body.outputs!;
    expect(output).toMatchObject({ name: "predict", shape: [ROWS.length, 2], datatype: "FP32" });
    expectClose(output.data, expected.pytorch!.flat());
    const tooNarrow = await send(url!, "/infer", { inputs: [{ name: "input", shape: [1, 3], datatype: "FP32", data: [1, 2, 3] }] });
    expect(tooNarrow.status).toBe(400);
    expect(tooNarrow.body.error).toMatch(/shapes cannot be multiplied/);
  });

  it.skipIf(!HAS_XGBOOST)("serves an xgboost classifier", async () => {
    const { supervisor } = superviseReplica("boosted.pkl", "xgboost", null);
    const { url } = await supervisor.start();
    const answer = await send(url!, "/infer", { inputs: tensorOf(expected.rows) });
    expect(answer.status).toBe(200);
    expect(answer.body.outputs![0]).toMatchObject({ name: "predict", shape: [ROWS.length], data: expected.xgboost });
  });

  it("exits by itself once its parent's end of stdin closes, so it never outlives the worker", async () => {
    const args = [MODEL_SERVER_SCRIPT, "--model", path.join(folder, "iris.pkl"), "--flavor", "sklearn", "--port", "0", "--exit-on-stdin-eof"];
    const child = spawn(PYTHON, args, { env: { ...process.env, ...PYTHON_ENV, MODEL_SERVER_SECRET: SECRET } });
    const [line] = (await once(readline.createInterface({ input: child.stdout }), "line")) as [string];
    const { port } = JSON.parse(line) as { port: number };
    expect(await send(`http://127.0.0.1:${port}`, "/health")).toEqual({ status: 200, body: { status: "ready" } });
    const exited = once(child, "exit");
    child.stdin.end();
    expect(await exited).toEqual([0, null]);
  });
});

describe("the supervisor", () => {
  it("rejects start() with the reason when the file is not a model, and does not retry", async () => {
    const { supervisor, statuses } = superviseReplica("not-a-model.pkl", "sklearn", null);
    await expect(supervisor.start()).rejects.toThrow(/could not load .*not-a-model\.pkl as a sklearn model \(a joblib or pickle file\)/);
    expect(supervisor.status()).toMatchObject({ state: "crashed", restarts: 0 });
    expect(supervisor.status().reason).toMatch(/not-a-model\.pkl/);
    expect(statuses.map((s) => s.state)).toEqual(["starting", "crashed"]);
    expect(supervisor.pid()).toBeUndefined();
  });

  it("restarts a server that dies, reporting crashed then ready at its new url", async () => {
    const { supervisor, waitFor, statuses } = superviseReplica("iris.pkl", "sklearn", signatureOf(expected.columns));
    await supervisor.start();
    const pid = supervisor.pid()!;
    const before = statuses.length;
    process.kill(pid, "SIGKILL");
    const crashed = await waitFor((s) => s.state === "crashed", before);
    expect(crashed.reason).toMatch(/SIGKILL/);
    expect(crashed.url).toBeUndefined();
    const ready = await waitFor((s) => s.state === "ready", before);
    expect(statuses.slice(before).map((s) => s.state)).toEqual(["crashed", "starting", "ready"]);
    expect(ready.restarts).toBe(1);
    expect(supervisor.pid()).not.toBe(pid);
    const answer = await send(ready.url!, "/infer", { inputs: columnsOf(expected.rows, expected.columns) });
    expect(answer.body.outputs![0].data).toEqual(expected.sklearn.predict);
  });

  it("leaves a crashed server down once its restarts are used up", async () => {
    const { supervisor, waitFor } = superviseReplica("iris.pkl", "sklearn", null, 0);
    await supervisor.start();
    process.kill(supervisor.pid()!, "SIGKILL");
    const crashed = await waitFor((s) => s.state === "crashed");
    expect(crashed.reason).toMatch(/Not restarted: the limit of 0 restarts in a row is reached/);
    expect(supervisor.pid()).toBeUndefined();
  });

  it("stops the server for good: stopped, its process gone, no restart", async () => {
    const { supervisor, statuses } = superviseReplica("iris.pkl", "sklearn", null);
    const { url } = await supervisor.start();
    const pid = supervisor.pid()!;
    await supervisor.stop();
    expect(supervisor.status()).toMatchObject({ state: "stopped", restarts: 0 });
    expect(supervisor.status().url).toBeUndefined();
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    expect(statuses.map((s) => s.state)).toEqual(["starting", "ready", "stopped"]);
  });
});
