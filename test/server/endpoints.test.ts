// Endpoints through the real server, real workers and real model servers: a model logged by a
// real training job is registered, deployed with two replicas and called in both protocols
// (answers equal the model's own predictions in Python); bad requests get clear 4xx; a canary
// takes its share of 1,000 requests; a replica killed under load costs no request; a failing
// canary is rolled back by itself; captured requests and per-second figures are stored.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/tokens/manage-api-tokens";
import { seedApiToken, seedMember, seedProject, seedTeam } from "@/prisma/seed/factories";
import { sessionCookie } from "./browser-session";
import { startStudio } from "./start-studio";
import { base64, studioApi } from "./studio-api";
import { waitFor } from "./wait-for";
import { startOnlineWorker } from "./worker-process";

let studio: Awaited<ReturnType<typeof startStudio>>;
let token: string;
let project: { id: string };
const workers: Array<Awaited<ReturnType<typeof startOnlineWorker>>> = [];
const api = studioApi(() => studio.url, () => token);

// Trains on iris as a DataFrame, logs the model with its signature, and prints what the model
// itself predicts for the first rows: the answers the endpoint must give.
const TRAIN = `
import json, mlstudio
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
X, y = load_iris(return_X_y=True, as_frame=True)
model = LogisticRegression(max_iter=500).fit(X, y)
with mlstudio.init(name="iris") as run:
    run.log({"accuracy": model.score(X, y)})
    run.log_model(model, signature=mlstudio.infer_signature(X, model.predict(X)))
print("EXPECTED " + json.dumps({"rows": X.head(6).values.tolist(), "predictions": model.predict(X.head(6)).tolist()}))
`;
const COLUMNS = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"];
let expected: { rows: number[][]; predictions: number[] };
let modelId: string;

async function trainAndRegister() {
  const job = await api("/api/v1/jobs", { projectId: project.id, name: "iris", command: "python train.py", source: { kind: "files", files: [{ path: "train.py", data: base64(TRAIN) }] } });
  const jobId = job.body.id as string;
  await waitFor(async () => (await db.job.findUniqueOrThrow({ where: { id: jobId } })).status === "SUCCEEDED", "the training job", 90_000);
  const log = (await db.jobLog.findMany({ where: { jobId, stream: "stdout" } })).map((l) => l.text).join("");
  expected = JSON.parse(log.split("EXPECTED ")[1]);
  const run = await db.run.findFirstOrThrow({ where: { jobId } });
  const registered = await api("/api/v1/models", { modelName: "iris", source: { kind: "run", runId: run.id, artifactPath: "model/model.pkl" } });
  expect(registered.status, JSON.stringify(registered.body)).toBe(201);
  return registered.body as { modelId: string; number: number };
}

/** What the gateway answers: a V2 or MLflow response, or { error }. */
type TInferAnswer = { model_version?: string; outputs: Array<{ data: number[] }>; predictions?: number[]; error?: string } & Record<string, unknown>;

async function call(path: string, body: unknown, bearer = token) {
  const response = await fetch(`${studio.url}${path}`, { method: "POST", headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as TInferAnswer };
}

const v2Body = (rows: number[][]) => ({ inputs: COLUMNS.map((name, j) => ({ name, shape: [rows.length], datatype: "FP64", data: rows.map((r) => r[j]) })) });

function readyReplicas(endpointId: string, count: number) {
  return waitFor(
    async () => {
      const replicas = await db.endpointReplica.findMany({ where: { deployment: { endpointId, status: "LIVE" }, status: "READY" } });
      return replicas.length >= count && replicas;
    },
    `${count} ready replicas; worker output:\n${workers.map((w) => w.worker.output().slice(-2000)).join("\n")}`,
    60_000,
  );
}

beforeAll(async () => {
  studio = await startStudio();
  const member = await seedMember((await seedTeam()).id, "MEMBER");
  token = (await seedApiToken(member)).token;
  project = await seedProject(member.teamId);
  for (const name of ["serving-1", "serving-2"]) workers.push(await startOnlineWorker({ url: studio.url, teamId: member.teamId, userId: member.userId, name }));
  ({ modelId } = await trainAndRegister());
}, 180_000);

afterAll(async () => {
  if (process.env.STUDIO_TEST_LOGS) console.log(studio?.output(), ...workers.map((w) => w.worker.output()));
  await Promise.all(workers.map((w) => w.worker.stop()));
  await studio?.stop();
});

describe("an endpoint", () => {
  let endpointId: string;

  it("serves a logged model over V2 and MLflow's formats with the model's own predictions", { timeout: 90_000 }, async () => {
    const created = await api("/api/v1/endpoints", { name: "iris", modelId, number: 1, replicas: 2, capturePercent: 100 });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    endpointId = created.body.id as string;
    const replicas = await readyReplicas(endpointId, 2);
    expect(new Set(replicas.map((r) => r.workerId)).size).toBe(2); // spread over both workers

    const v2 = await call("/v2/models/iris/infer", { id: "r1", ...v2Body(expected.rows) });
    expect(v2.status, JSON.stringify(v2.body)).toBe(200);
    expect(v2.body).toMatchObject({ model_name: "iris", model_version: "1", id: "r1" });
    expect(v2.body.outputs[0].data).toEqual(expected.predictions);

    const split = await call("/api/v1/endpoints/iris/invocations", { dataframe_split: { columns: COLUMNS, data: expected.rows } });
    expect(split.body).toEqual({ predictions: expected.predictions });
    const records = await call("/api/v1/endpoints/iris/invocations", { dataframe_records: expected.rows.map((r) => Object.fromEntries(COLUMNS.map((c, j) => [c, r[j]]))) });
    expect(records.body).toEqual({ predictions: expected.predictions });
    const inputs = await call("/api/v1/endpoints/iris/invocations", { inputs: Object.fromEntries(COLUMNS.map((c, j) => [c, expected.rows.map((r) => r[j])])) });
    expect(inputs.body).toEqual({ predictions: expected.predictions });

    const metadata = await fetch(`${studio.url}/v2/models/iris`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json());
    expect(metadata).toMatchObject({ name: "iris", versions: ["1"], platform: "sklearn", inputs: COLUMNS.map((name) => ({ name, datatype: "FP64", shape: [-1] })) });
  });

  it("refuses bad requests with a clear 4xx and counts them", async () => {
    const missing = await call("/api/v1/endpoints/iris/invocations", { dataframe_split: { columns: COLUMNS.slice(1), data: [[1, 2, 3]] } });
    expect(missing.status).toBe(422);
    expect(missing.body.error).toContain("sepal length (cm)");
    const wrongType = await call("/v2/models/iris/infer", { inputs: COLUMNS.map((name) => ({ name, shape: [1], datatype: "BYTES", data: ["a"] })) });
    expect(wrongType.status).toBe(422);
    const wrongShape = await call("/v2/models/iris/infer", { inputs: [{ name: COLUMNS[0], shape: [3], datatype: "FP64", data: [1] }] });
    expect(wrongShape.status).toBe(422);
    expect((await call("/api/v1/endpoints/iris/invocations", { rows: [] })).status).toBe(422);
    expect((await call("/v2/models/nope/infer", v2Body(expected.rows))).status).toBe(404);
    expect((await call("/v2/models/iris/infer", v2Body(expected.rows), "mls_not-a-token")).status).toBe(401);
    const huge = await fetch(`${studio.url}/v2/models/iris/infer`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: "x".repeat(33 * 2 ** 20) });
    expect(huge.status).toBe(413);
    const text = await fetch(`${studio.url}/v2/models/iris/infer`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" }, body: "1,2" });
    expect(text.status).toBe(415);
  });

  it("takes a signed-in browser's calls from the studio's own pages only", async () => {
    const owner = await db.apiToken.findFirstOrThrow({ where: { jobId: null, revokedAt: null, scope: "FULL" }, orderBy: { createdAt: "desc" } });
    const cookie = await sessionCookie(owner.userId);
    const post = (origin: string) =>
      fetch(`${studio.url}/v2/models/iris/infer`, { method: "POST", headers: { cookie, origin, "content-type": "application/json" }, body: JSON.stringify(v2Body(expected.rows)) });
    expect((await post(studio.url)).status).toBe(200);
    expect((await post("https://elsewhere.example")).status).toBe(401);
  });

  it("takes an endpoint-scoped token for calls and nothing else", async () => {
    const member = await db.apiToken.findFirstOrThrow({ where: { prefix: token.slice(0, 12) } }).catch(() => null);
    const owner = member ?? (await db.apiToken.findFirstOrThrow({ where: { revokedAt: null, jobId: null } }));
    const scoped = await createApiToken({ userId: owner.userId, teamId: owner.teamId, role: "MEMBER" }, { name: "client app", scope: "ENDPOINTS" });
    expect((await call("/v2/models/iris/infer", v2Body(expected.rows), scoped.token)).status).toBe(200);
    const models = await fetch(`${studio.url}/api/v1/models`, { headers: { authorization: `Bearer ${scoped.token}` } });
    expect(models.status).toBe(403);
  });

  it("keeps every request it was told to capture, and its per-second figures", async () => {
    // Six answered (four in the first test, one from a browser, one with the scoped token), all captured at 100 %.
    await waitFor(async () => (await db.endpointRequest.count({ where: { endpointId, status: 200 } })) >= 6, "captured requests");
    const captured = await db.endpointRequest.findFirstOrThrow({ where: { endpointId, status: 200, protocol: "mlflow" } });
    expect(Object.keys(captured.inputs as object).sort()).toEqual([...COLUMNS].sort());
    const failed = await db.endpointRequest.findFirstOrThrow({ where: { endpointId, status: 422 } });
    expect(failed.error).toContain("sepal length (cm)");
    // And the four refused by the signature; those refused before an endpoint was found are not its traffic.
    const counted = async () => (await db.endpointStat.aggregate({ where: { endpointId }, _sum: { requests: true } }))._sum.requests ?? 0;
    await waitFor(async () => (await counted()) >= 10, "per-second figures");
    expect(await counted()).toBe(10);
  });

  it("loses no request when a replica is killed under load", { timeout: 90_000 }, async () => {
    const [victim] = await readyReplicas(endpointId, 2);
    const port = new URL(victim.url!).port;
    const pid = execFileSync("ss", ["-Hltnp", `sport = :${port}`], { encoding: "utf8" }).match(/pid=(\d+)/)![1];
    const statuses: number[] = [];
    for (let i = 0; i < 300; i++) {
      if (i === 50) process.kill(Number(pid), "SIGKILL");
      statuses.push((await call("/v2/models/iris/infer", v2Body(expected.rows.slice(0, 1)))).status);
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    // Its worker restarts it; the endpoint is whole again.
    await waitFor(async () => (await db.endpointReplica.findUniqueOrThrow({ where: { id: victim.id } })).restarts >= 1 && (await readyReplicas(endpointId, 2)), "the killed replica restarted", 60_000);
  });

  it("splits traffic to a canary by its share, then promotes it", { timeout: 120_000 }, async () => {
    const run = await db.run.findFirstOrThrow({ where: { name: "iris" } });
    const second = await api("/api/v1/models", { modelName: "iris", source: { kind: "run", runId: run.id, artifactPath: "model/model.pkl" } });
    const canary = await api(`/api/v1/endpoints/${endpointId}/deployments`, { modelId, number: second.body.number, trafficPercent: 30, replicas: 1 });
    expect(canary.status, JSON.stringify(canary.body)).toBe(201);
    await readyReplicas(endpointId, 3);
    const versions = { "1": 0, "2": 0 } as Record<string, number>;
    for (let i = 0; i < 1000; i++) versions[(await call("/v2/models/iris/infer", v2Body(expected.rows.slice(0, 1)))).body.model_version as string] += 1;
    // 30 % of 1,000: a binomial's standard deviation is 14.5; 5 of them either side.
    expect(versions["2"]).toBeGreaterThan(230);
    expect(versions["2"]).toBeLessThan(370);
    expect(versions["1"] + versions["2"]).toBe(1000);

    const promoted = await api(`/api/v1/endpoints/${endpointId}/promote`, { deploymentId: canary.body.deploymentId });
    expect(promoted.status).toBe(201);
    const answer = await waitFor(async () => {
      const r = await call("/v2/models/iris/infer", v2Body(expected.rows.slice(0, 1)));
      return r.body.model_version === "2" && r;
    }, "the promoted version answering");
    expect(answer.body.outputs[0].data).toEqual(expected.predictions.slice(0, 1));
    await waitFor(async () => (await db.endpointReplica.count({ where: { deployment: { endpointId, status: "RETIRED" }, status: { not: "STOPPED" } } })) === 0, "the old replicas stopped");
  });

  it("rolls a failing canary back by itself", { timeout: 120_000 }, async () => {
    // A pipeline whose first step fails on every call (a KeyError, not a refused input): a model
    // that loads but cannot answer.
    const broken = execFileSync(
      "/usr/bin/python3",
      ["-c", "import io, sys, joblib, operator\nfrom sklearn.dummy import DummyClassifier\nfrom sklearn.preprocessing import FunctionTransformer\nfrom sklearn.pipeline import make_pipeline\nbuf = io.BytesIO(); joblib.dump(make_pipeline(FunctionTransformer(operator.itemgetter(10**6)), DummyClassifier()), buf); sys.stdout.buffer.write(buf.getvalue())"],
    );
    const member = await db.apiToken.findFirstOrThrow({ where: { jobId: null, revokedAt: null, scope: "FULL" } });
    const upload = await db.upload.create({ data: { teamId: member.teamId, userId: member.userId, fileName: "broken.joblib", sizeBytes: broken.length, receivedBytes: broken.length } });
    const { uploadFilePath } = await import("@/lib/datasets/upload-storage");
    const { mkdir, writeFile } = await import("node:fs/promises");
    await mkdir((await import("node:path")).dirname(uploadFilePath(upload.id)), { recursive: true });
    await writeFile(uploadFilePath(upload.id), broken);
    const version = await api("/api/v1/models", { modelName: "iris", source: { kind: "upload", uploadId: upload.id, flavor: "sklearn" } });
    expect(version.status, JSON.stringify(version.body)).toBe(201);
    const canary = await api(`/api/v1/endpoints/${endpointId}/deployments`, { modelId, number: version.body.number, trafficPercent: 50, replicas: 1 });
    await readyReplicas(endpointId, 2); // the promoted version's one, and the canary's
    await waitFor(async () => {
      await Promise.all(Array.from({ length: 20 }, () => call("/v2/models/iris/infer", v2Body(expected.rows.slice(0, 1)))));
      const deployment = await db.endpointDeployment.findUniqueOrThrow({ where: { id: canary.body.deploymentId as string } });
      return deployment.status === "RETIRED" && deployment;
    }, "the canary rolled back", 60_000).then((d) => expect(d.reason).toMatch(/^Rolled back automatically: .*% of its last \d+ requests failed/));
    const alert = await waitFor(() => db.alert.findFirst({ where: { title: "iris: canary rolled back" } }), "the rollback's alert");
    expect(alert.message).toMatch(/^iris v\d+ was rolled back automatically/);
    expect((await call("/v2/models/iris/infer", v2Body(expected.rows.slice(0, 1)))).status).toBe(200);
  });
});
