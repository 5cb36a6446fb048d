// Drift monitoring through the real server and a real worker: the baseline of a training
// dataset version is computed by a job on the worker, captured traffic shifted away from it
// is found drifted by the next window's job (the features shifted, not the others), an alert
// is raised and its webhook called (retried after a failure), and the windows are readable.
import { execFileSync } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedApiToken, seedMember, seedProject, seedTableDataset, seedTeam, seedUpload } from "@/prisma/seed/factories";
import { startStudio } from "./start-studio";
import { studioApi } from "./studio-api";
import { waitFor } from "./wait-for";
import { startOnlineWorker } from "./worker-process";

let studio: Awaited<ReturnType<typeof startStudio>>;
let token: string;
let worker: Awaited<ReturnType<typeof startOnlineWorker>>;
let webhook: http.Server;
const webhookCalls: Array<{ status: number; body: Record<string, unknown> }> = [];
const api = studioApi(() => studio.url, () => token);
const COLUMNS = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"];

// The iris table as CSV (the training data), and a model trained on it.
const PYTHON = `
import io, sys, joblib
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
X, y = load_iris(return_X_y=True, as_frame=True)
if sys.argv[1] == "csv":
    sys.stdout.write(X.assign(target=y).to_csv(index=False))
else:
    buffer = io.BytesIO(); joblib.dump(LogisticRegression(max_iter=500).fit(X, y), buffer); sys.stdout.buffer.write(buffer.getvalue())`;

let endpointId: string;
let monitorId: string;
let rows: number[][];

beforeAll(async () => {
  // The receiver fails its first call: the alert's webhook is tried again.
  webhook = http.createServer((req, res) => {
    let text = "";
    req.on("data", (chunk) => (text += chunk));
    req.on("end", () => {
      const status = webhookCalls.length === 0 ? 503 : 200;
      webhookCalls.push({ status, body: JSON.parse(text) });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, "127.0.0.1", resolve));
  studio = await startStudio();
  const member = await seedMember((await seedTeam()).id, "MEMBER");
  token = (await seedApiToken(member)).token;
  const project = await seedProject(member.teamId);
  worker = await startOnlineWorker({ url: studio.url, teamId: member.teamId, userId: member.userId, name: "monitoring-worker" });
  const csv = execFileSync("/usr/bin/python3", ["-c", PYTHON, "csv"], { encoding: "utf8" });
  rows = csv.trim().split("\n").slice(1).map((line) => line.split(",").slice(0, 4).map(Number));
  const dataset = await seedTableDataset(member, csv);
  const upload = await seedUpload(member, { fileName: "iris.joblib", bytes: execFileSync("/usr/bin/python3", ["-c", PYTHON, "model"]) });
  const signature = { inputs: COLUMNS.map((name) => ({ name, type: "float64", shape: [-1] })), outputs: [{ name: "predict", type: "int64", shape: [-1] }] };
  const version = await api("/api/v1/models", { modelName: "iris-monitored", datasetVersionId: dataset.versionId, source: { kind: "upload", uploadId: upload.id, flavor: "sklearn", signature } });
  const endpoint = await api("/api/v1/endpoints", { name: "iris-monitored", modelId: version.body.modelId, number: 1, capturePercent: 100 });
  endpointId = endpoint.body.id as string;
  const monitor = await api("/api/v1/monitors", { endpointId, projectId: project.id, windowMinutes: 60, webhookUrl: `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hook` });
  expect(monitor.status, JSON.stringify(monitor.body)).toBe(201);
  monitorId = monitor.body.id as string;
}, 180_000);

afterAll(async () => {
  if (process.env.STUDIO_TEST_LOGS) console.log(studio?.output(), worker?.worker.output());
  await worker?.worker.stop();
  await studio?.stop();
  webhook?.close();
});

async function send(batch: number[][]) {
  const body = { dataframe_split: { columns: COLUMNS, data: batch } };
  const response = await fetch(`${studio.url}/api/v1/endpoints/iris-monitored/invocations`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
}

describe("a drift monitor", () => {
  it("computes the training data's baseline in a job on the worker", { timeout: 90_000 }, async () => {
    const monitor = await waitFor(async () => {
      const row = await db.monitor.findUniqueOrThrow({ where: { id: monitorId } });
      return row.status !== "COMPUTING_BASELINE" && row;
    }, "the baseline", 90_000);
    expect(monitor.status, monitor.reason ?? "").toBe("WATCHING");
    const features = (monitor.baseline as { features: Record<string, { kind: string; count: number }> }).features;
    // The model's inputs only: the table's target is not a feature.
    expect(Object.keys(features).sort()).toEqual([...COLUMNS].sort());
    expect(features[COLUMNS[0]]).toMatchObject({ kind: "numeric", count: 150 });
    const job = await db.job.findFirstOrThrow({ where: { name: "iris-monitored: drift baseline" } });
    await waitFor(async () => (await db.job.findUniqueOrThrow({ where: { id: job.id } })).status === "SUCCEEDED", "the baseline job to succeed");
  });

  it("finds the shifted features drifted in a window of captured traffic, and alerts", { timeout: 120_000 }, async () => {
    // Petal length moved by 3 cm; the other features come as in training.
    const shifted = rows.map(([a, b, c, d]) => [a, b, c + 3, d]);
    await waitFor(() => db.endpointReplica.findFirst({ where: { deployment: { endpointId }, status: "READY" } }), "the endpoint's replica", 60_000);
    for (let i = 0; i < shifted.length; i += 50) await send(shifted.slice(i, i + 50));
    await waitFor(async () => (await db.endpointRequest.count({ where: { endpointId, status: 200 } })) >= 3, "captured requests");
    const compute = await api(`/api/v1/monitors/${monitorId}/compute`, {});
    expect(compute.status, JSON.stringify(compute.body)).toBe(201);
    const result = await waitFor(() => db.monitorResult.findFirst({ where: { monitorId } }), "the window's result", 90_000);
    expect(result.rows).toBe(150);
    expect(result.drifted).toContain("petal length (cm)");
    expect(result.drifted).not.toContain("sepal width (cm)");
    const petal = (result.features as Record<string, { psi: number; ks: { statistic: number }; wasserstein: number }>)["petal length (cm)"];
    expect(petal.psi).toBeGreaterThan(0.2);
    expect(petal.wasserstein).toBeCloseTo(3, 1);
    const alert = await waitFor(() => db.alert.findFirst({ where: { monitorResultId: result.id } }), "the drift alert");
    expect(alert.title).toBe("iris-monitored: drift in 1 feature");
    await waitFor(async () => (await db.alert.findUniqueOrThrow({ where: { id: alert.id } })).webhookStatus === "DELIVERED", "the webhook delivered", 30_000);
    expect(webhookCalls.map((c) => c.status)).toEqual([503, 200]);
    expect(webhookCalls[1].body).toMatchObject({ endpoint: "iris-monitored", driftedFeatures: ["petal length (cm)"], rows: 150 });

    const view = await api(`/api/v1/monitors/${monitorId}`);
    expect(view.body).toMatchObject({ status: "WATCHING", windows: [{ rows: 150, drifted: ["petal length (cm)"] }] });
  });

  it("sends the drifted window to labeling, each row pre-labelled with the model's prediction", { timeout: 60_000 }, async () => {
    const result = await db.monitorResult.findFirstOrThrow({ where: { monitorId } });
    const batch = await api(`/api/v1/monitors/${monitorId}/windows/${result.id}/labeling`, {});
    expect(batch.status, JSON.stringify(batch.body)).toBe(201);
    const project = await db.labelingProject.findUniqueOrThrow({ where: { id: batch.body.projectId as string }, include: { items: { orderBy: { position: "asc" } } } });
    expect(project.itemCount).toBe(150);
    const captured = await db.endpointRequest.findMany({ where: { endpointId, status: 200 }, orderBy: { id: "asc" } });
    const predictions = captured.flatMap((r) => Object.values(r.outputs as Record<string, number[]>)[0]);
    expect(project.items.map((i) => i.prediction)).toEqual(predictions.map((p) => ({ kind: "choices", choices: [String(p)] })));
    expect((project.items[0].data as { text: string }).text).toMatch(/^sepal length \(cm\) = [\d.]+; sepal width/);
  });

  it("refuses reports from anyone but the monitor's own job", async () => {
    const result = await api(`/api/v1/monitors/${monitorId}/results`, { windowStart: new Date().toISOString(), windowEnd: new Date().toISOString(), result: { features: {}, summary: { drifted_features: [], rows: 0 } } });
    expect(result.status).toBe(403);
    expect(await db.monitorResult.count({ where: { monitorId } })).toBe(1);
  });
});
