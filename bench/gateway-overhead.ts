// What the studio's inference gateway adds over calling the model server directly, at
// 500 requests/s: an iris LogisticRegression on one replica, 1-row KServe V2 requests, sent
// open-loop (on a fixed schedule, so a slow answer does not slow the load) over kept-alive
// connections. Each round sends 5 s straight to the model server (its URL and secret from the
// database), then 5 s through /v2/models/{name}/infer with an API token; figures are medians
// over the rounds. The budget: under 1 ms added at p50 and 5 ms at p99 (KServe's own
// benchmark: its proxy adds 2–3 ms at p50; Seldon's orchestrator 9 ms).
//   npx tsx bench/gateway-overhead.ts      (needs a build: NEXT_DIST_DIR, default .next-bench)
import { execFileSync } from "node:child_process";
import http from "node:http";
import { startBenchDatabase, startBenchServer, startBenchWorker } from "./bench-studio";
import { median, percentile, printTable } from "./stats";

const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const COLUMNS = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"];
const BODY = JSON.stringify({ inputs: COLUMNS.map((name, j) => ({ name, shape: [1], datatype: "FP64", data: [[5.1, 3.5, 1.4, 0.2][j]] })) });

const TRAIN = `
import io, sys, joblib
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
X, y = load_iris(return_X_y=True, as_frame=True)
buffer = io.BytesIO(); joblib.dump(LogisticRegression(max_iter=500).fit(X, y), buffer); sys.stdout.buffer.write(buffer.getvalue())`;

const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });

function post(url: string, headers: Record<string, string>) {
  return new Promise<number>((resolve, reject) => {
    const startedAt = performance.now();
    const request = http.request(url, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(BODY)), ...headers } }, (response) => {
      response.resume();
      response.on("end", () => (response.statusCode === 200 ? resolve(performance.now() - startedAt) : reject(new Error(`${url} answered ${response.statusCode}`))));
    });
    request.setNoDelay(true);
    request.on("error", reject);
    request.end(BODY);
  });
}

/** RATE requests a second for SECONDS, each sent at its time whatever the others do. */
async function load(url: string, headers: Record<string, string>) {
  const count = RATE * SECONDS;
  const startedAt = performance.now();
  const sent: Array<Promise<number>> = [];
  for (let i = 0; i < count; i++) {
    const due = startedAt + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    sent.push(post(url, headers));
  }
  const latencies = await Promise.all(sent);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), rate: count / ((performance.now() - startedAt) / 1000) };
}

export async function benchGatewayOverhead() {
  const database = await startBenchDatabase("gateway");
  const server = await startBenchServer(database.url);
  try {
    const { seedApiToken, seedMember, seedTeam, seedUpload } = await import("@/prisma/seed/factories");
    const { db } = await import("@/lib/db");
    const owner = await seedMember((await seedTeam("Bench team")).id, "OWNER");
    const { token } = await seedApiToken(owner);
    const worker = await startBenchWorker(server.url, owner);
    try {
      const upload = await seedUpload(owner, { fileName: "iris.joblib", bytes: execFileSync("/usr/bin/python3", ["-c", TRAIN]) });
      const api = async (path: string, body: unknown) => {
        const response = await fetch(`${server.url}${path}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
        if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
        return (await response.json()) as Record<string, unknown>;
      };
      const signature = { inputs: COLUMNS.map((name) => ({ name, type: "float64", shape: [-1] })), outputs: [{ name: "predict", type: "int64", shape: [-1] }] };
      const version = await api("/api/v1/models", { modelName: "iris", source: { kind: "upload", uploadId: upload.id, flavor: "sklearn", signature } });
      await api("/api/v1/endpoints", { name: "iris", modelId: version.modelId, number: version.number, replicas: 1, capturePercent: 10 });
      let replica = null;
      for (const deadline = Date.now() + 60_000; !replica && Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
        replica = await db.endpointReplica.findFirst({ where: { teamId: owner.teamId, status: "READY" } });
      }
      if (!replica?.url) throw new Error(`the replica did not become ready:\n${worker.output()}`);
      const direct = { url: `${replica.url}/infer`, headers: { "x-replica-secret": replica.secret } };
      const gateway = { url: `${server.url}/v2/models/iris/infer`, headers: { authorization: `Bearer ${token}` } };
      // Warm both paths (connections, caches, the model's first calls) before measuring.
      for (let i = 0; i < 300; i++) await post(direct.url, direct.headers).then(() => post(gateway.url, gateway.headers));
      const rounds: Array<{ direct: Awaited<ReturnType<typeof load>>; gateway: Awaited<ReturnType<typeof load>> }> = [];
      for (let round = 0; round < ROUNDS; round++) rounds.push({ direct: await load(direct.url, direct.headers), gateway: await load(gateway.url, gateway.headers) });
      const figure = (pick: (r: (typeof rounds)[number]) => number) => median(rounds.map(pick));
      const directP50 = figure((r) => r.direct.p50);
      const directP99 = figure((r) => r.direct.p99);
      const gatewayP50 = figure((r) => r.gateway.p50);
      const gatewayP99 = figure((r) => r.gateway.p99);
      printTable(`Gateway overhead at ${RATE} req/s, 1-row V2 requests, median of ${ROUNDS} rounds of ${SECONDS} s`, [
        { path: "model server directly (anchor)", "p50 ms": directP50.toFixed(2), "p99 ms": directP99.toFixed(2), "req/s": figure((r) => r.direct.rate).toFixed(0) },
        { path: "studio gateway /v2/models/iris/infer", "p50 ms": gatewayP50.toFixed(2), "p99 ms": gatewayP99.toFixed(2), "req/s": figure((r) => r.gateway.rate).toFixed(0) },
        { path: "added by the gateway (budget 1 / 5 ms)", "p50 ms": (gatewayP50 - directP50).toFixed(2), "p99 ms": (gatewayP99 - directP99).toFixed(2), "req/s": `ratio p50 ${(gatewayP50 / directP50).toFixed(2)}` },
      ]);
    } finally {
      await worker.stop();
    }
  } finally {
    agent.destroy();
    await server.stop();
    await database.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchGatewayOverhead();
