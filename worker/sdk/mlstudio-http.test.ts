// The Python SDK over HTTP, against a real HTTP server that records what it is sent: a real
// /usr/bin/python3 process per test, its batches checked with the server's own schema.
import { createHash } from "node:crypto";
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { eventsOf, ofType, runPython } from "./sdk-test-support";

const TOKEN = "test-token-123";

type TAnswer = { status: number; body: object };
type TRequest = {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  bytes: number;
  body: unknown;
  answer: TAnswer;
};

/** Records every request; `answerNext` decides each answer (default 200), and may take its time. */
async function startRecordingServer(options: { port?: number; answerNext?: (index: number) => TAnswer | Promise<TAnswer> } = {}) {
  const requests: TRequest[] = []; // in the order answered
  let requestCount = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const index = requestCount++;
      const answer = (await options.answerNext?.(index)) ?? { status: 200, body: { ok: true } };
      const body = Buffer.concat(chunks);
      requests.push({
        method: request.method!,
        url: request.url!,
        authorization: request.headers.authorization,
        contentType: request.headers["content-type"],
        bytes: body.length,
        body: JSON.parse(body.toString("utf8")),
        answer,
      });
      response.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
    });
  });
  server.listen(options.port ?? 0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  servers.push(server);
  const delivered = () => requests.filter((r) => r.answer.status === 200).map((r) => r.body);
  return { url: `http://127.0.0.1:${port}`, requests, delivered };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A port nothing listens on (for now). */
async function findFreePort() {
  const probe = http.createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const sdkEnv = (url: string) => ({ MLSTUDIO_URL: url, MLSTUDIO_API_TOKEN: TOKEN, MLSTUDIO_TRANSPORT: "" });

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("mlstudio over HTTP", () => {
  it("delivers a whole run: start first, 10,000 steps once and in order, charts, summary, finish last", async () => {
    const server = await startRecordingServer();
    const script = `
import math
import numpy as np
import mlstudio

run = mlstudio.init(project="digits", name="mlp-1", params={"lr": np.float32(0.5), "layers": np.array([64, 32]), "opt": {"name": "adam", "eps": float("nan")}}, tags=["baseline"])
for i in range(10_000):
    run.log({"loss": 1.0 / (i + 1), "i": i})
run.log({"nan": float("nan"), "inf": math.inf, "ninf": -np.float64("inf")})
run.log_confusion_matrix(np.array([0, 1, 2, 2, 1, 0, 2]), [0, 2, 2, 2, 1, 1, 0])
run.log_confusion_matrix(["cat", "dog", "dog"], ["dog", "dog", "cat"], labels=["dog", "cat"], step=3, name="animals")
run.log_histogram("weights", np.random.default_rng(0).normal(size=1000), bins=32)
run.summary["best_acc"] = 0.5
run.summary["best_acc"] = np.float64(0.97)
run.finish()
run.finish()  # idempotent: no second finish event
print(run.id, run.transport)
`;
    const { code, stdout, stderr } = await runPython(script, sdkEnv(server.url)).exited;
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const [runId, transport] = stdout.trim().split(" ");
    expect(transport).toBe("http");

    for (const request of server.requests) {
      expect(request).toMatchObject({ method: "POST", url: "/api/v1/runs/events", authorization: `Bearer ${TOKEN}`, contentType: "application/json" });
    }
    const events = eventsOf(server.delivered());
    expect(server.requests.length).toBeLessThan(100); // 10,000+ events, batched
    expect(events.every((event) => event.run === runId)).toBe(true);

    expect(events[0]).toMatchObject({ type: "start", project: "digits", name: "mlp-1", tags: ["baseline"], params: { lr: 0.5, layers: [64, 32], opt: { name: "adam", eps: "NaN" } } });
    expect(events.at(-1)).toMatchObject({ type: "finish", status: "finished" });
    expect(ofType(events, "start")).toHaveLength(1);
    expect(ofType(events, "finish")).toHaveLength(1);

    const metrics = ofType(events, "metrics");
    expect(metrics.slice(0, 10_000).map((m) => [m.step, m.values.i])).toEqual(range(10_000).map((i) => [i, i]));
    expect(metrics[9_999].values.loss).toBeCloseTo(1 / 10_000);
    expect(metrics.slice(10_000)).toEqual([expect.objectContaining({ step: 10_000, values: { nan: "NaN", inf: "Infinity", ninf: "-Infinity" } })]);

    const [digits, animals] = ofType(events, "confusion");
    // y_true 0 → predicted 0, 1; 1 → 2, 1; 2 → 2, 2, 0. The step is that of the latest log().
    expect(digits).toMatchObject({ name: "confusion_matrix", step: 10_000, labels: ["0", "1", "2"], matrix: [[1, 1, 0], [0, 1, 1], [1, 0, 2]] });
    expect(animals).toMatchObject({ name: "animals", step: 3, labels: ["dog", "cat"], matrix: [[1, 1], [1, 0]] });

    const [histogram] = ofType(events, "histogram");
    expect(histogram.edges).toHaveLength(33);
    expect(histogram.counts.reduce((sum, count) => sum + count, 0)).toBe(1000);

    const summaries = ofType(events, "summary");
    expect(summaries.at(-1)?.values).toEqual({ best_acc: 0.97 });
    expect(summaries.length).toBeLessThanOrEqual(2); // queued changes replace each other
  });

  it("splits big batches so that each POST stays under 16 MB, and carries files intact", async () => {
    // The first POST (the run's start) is answered only once everything else is queued.
    let onQueued = () => {};
    const queued = new Promise<void>((resolve) => (onQueued = resolve));
    const server = await startRecordingServer({
      answerNext: async (index) => {
        if (index === 0) await queued;
        return { status: 200, body: {} };
      },
    });
    const script = `
import hashlib, os, sys, tempfile
import mlstudio

run = mlstudio.init(project="p")
folder = tempfile.mkdtemp()
for index in range(3):
    path = os.path.join(folder, f"part-{index}.bin")
    with open(path, "wb") as file:
        file.write(os.urandom(7 * 2**20))
    run.log_artifact(path, name=f"parts/{index}.bin")
    with open(path, "rb") as file:
        print(hashlib.sha256(file.read()).hexdigest())
    run.log({"index": index})
run.log_artifact(path)  # named after the file by default
try:
    run.log_artifact(path, name="../outside.bin")
except ValueError as error:
    print(error, file=sys.stderr)
print("queued", file=sys.stderr, flush=True)
run.finish()
`;
    const python = runPython(script, sdkEnv(server.url));
    await python.waitForStderr(/^queued$/m);
    onQueued();
    const { code, stdout, stderr } = await python.exited;
    expect(code).toBe(0);
    expect(stderr).toContain("mlstudio: an artifact's name is a relative path without '..'");
    expect(server.requests.length).toBeGreaterThanOrEqual(3); // the start, then 28 MiB of files at least twice
    for (const request of server.requests) expect(request.bytes).toBeLessThan(16e6);
    const events = eventsOf(server.delivered());
    expect(events.map((e) => e.type)).toEqual(["start", "artifact", "metrics", "artifact", "metrics", "artifact", "metrics", "artifact", "finish"]);
    const artifacts = ofType(events, "artifact");
    expect(artifacts.map((a) => a.path)).toEqual(["parts/0.bin", "parts/1.bin", "parts/2.bin", "part-2.bin"]);
    const digests = artifacts.slice(0, 3).map((a) => createHash("sha256").update(Buffer.from(a.data, "base64")).digest("hex"));
    expect(digests).toEqual(stdout.trim().split("\n"));
  });

  it("keeps everything while the server answers 503, warns once, and says when it gets through", async () => {
    const server = await startRecordingServer({
      answerNext: (index) => (index < 3 ? { status: 503, body: { error: "starting up" } } : { status: 200, body: {} }),
    });
    const script = `
import mlstudio
run = mlstudio.init(project="p")
for i in range(1000):
    run.log({"i": i})
run.finish()
`;
    const { code, stderr } = await runPython(script, sdkEnv(server.url)).exited;
    expect(code).toBe(0);
    expect(server.requests.filter((r) => r.answer.status === 503)).toHaveLength(3);
    expect(stderr.match(/mlstudio: cannot reach/g)).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`mlstudio: cannot reach ${server.url}: HTTP 503 starting up; keeping \\d+ events and retrying\n`));
    expect(stderr).toContain(`mlstudio: delivered to ${server.url} again`);
    const events = eventsOf(server.delivered());
    expect(ofType(events, "metrics").map((m) => m.step)).toEqual(range(1000));
    expect(events.map((e) => e.type)).toEqual(["start", ...range(1000).map(() => "metrics"), "finish"]);
  });

  it("keeps events while nothing listens, and delivers them once the server starts", async () => {
    const port = await findFreePort();
    const python = runPython(`
import mlstudio
with mlstudio.init(project="p") as run:
    for i in range(100):
        run.log({"i": i})
`, sdkEnv(`http://127.0.0.1:${port}`));
    await python.waitForStderr(/cannot reach/);
    const server = await startRecordingServer({ port });
    const { code, stderr } = await python.exited;
    expect(code).toBe(0);
    expect(stderr).toMatch(/mlstudio: cannot reach http:\/\/127\.0\.0\.1:\d+: .*refused.*; keeping \d+ events and retrying/i);
    const events = eventsOf(server.delivered());
    expect(events.map((e) => e.type)).toEqual(["start", ...range(100).map(() => "metrics"), "finish"]);
    expect(ofType(events, "metrics").map((m) => m.values.i)).toEqual(range(100));
  });

  it("prints the server's message for a 4xx answer, drops that batch, and still exits promptly", async () => {
    const server = await startRecordingServer({ answerNext: () => ({ status: 401, body: { error: "invalid API token" } }) });
    const script = `
import mlstudio
run = mlstudio.init(project="p")
run.log({"x": 1})
run.finish()
print("done")
`;
    const { code, stdout, stderr } = await runPython(script, { ...sdkEnv(server.url), MLSTUDIO_FINISH_TIMEOUT: "15" }).exited;
    expect(code).toBe(0);
    expect(stdout).toBe("done\n");
    expect(stderr).toMatch(/mlstudio: the server refused \d+ events \(HTTP 401\): invalid API token; dropping them/);
    expect(stderr).not.toContain("not yet delivered"); // finish did not wait out its timeout
    expect(server.requests.length).toBeGreaterThan(0);
  });

  it("finishes an open run at exit, and marks a run failed when an exception leaves its `with`", async () => {
    const server = await startRecordingServer();
    const script = `
import mlstudio
left_open = mlstudio.init(project="p", name="left open")
left_open.log({"x": 1})
print(left_open.id, flush=True)
with mlstudio.init(project="p", name="crashes") as run:
    print(run.id, flush=True)
    raise RuntimeError("boom")
`;
    const { code, stdout, stderr } = await runPython(script, sdkEnv(server.url)).exited;
    expect(code).toBe(1);
    expect(stderr).toContain("RuntimeError: boom");
    const [openId, crashedId] = stdout.trim().split("\n");
    const finishes = ofType(eventsOf(server.delivered()), "finish");
    expect(finishes.map((f) => [f.run, f.status])).toEqual([
      [crashedId, "failed"],
      [openId, "finished"],
    ]);
  });

  it("holds log() back for a while when the queue is full, then drops new metrics but keeps finish", async () => {
    let isHealthy = false;
    const server = await startRecordingServer({ answerNext: () => (isHealthy ? { status: 200, body: {} } : { status: 503, body: { error: "busy" } }) });
    const script = `
import sys
import mlstudio
from mlstudio import transport, transport_http

transport_http.FULL_QUEUE_WAIT_S = 0.2
transport._transport = transport_http.HttpTransport("${server.url}", "${TOKEN}", max_queued_events=100)
run = mlstudio.init(project="p")
for i in range(300):
    run.log({"i": i})
print("logged", file=sys.stderr, flush=True)
run.finish()
`;
    const python = runPython(script, sdkEnv(server.url));
    await python.waitForStderr(/^logged$/m);
    isHealthy = true;
    const { code, stderr } = await python.exited;
    expect(code).toBe(0);
    expect(stderr).toMatch(/mlstudio: 100 events wait for http:\/\/127\.0\.0\.1:\d+; dropping new ones until it takes some/);
    const events = eventsOf(server.delivered());
    // The start event and 99 metrics filled the queue; the rest waited, then were dropped.
    expect(ofType(events, "metrics").map((m) => m.step)).toEqual(range(99));
    expect(events.at(-1)).toMatchObject({ type: "finish", status: "finished" });
  });

  it("refuses to start over HTTP without a project, or without MLSTUDIO_URL", async () => {
    const script = `
import mlstudio
try:
    mlstudio.init()
except ValueError as error:
    print(error)
`;
    const withUrl = await runPython(script, sdkEnv("http://127.0.0.1:9")).exited;
    expect(withUrl.stdout).toBe('mlstudio: init() needs project="..." outside a studio notebook or job\n');
    const withoutUrl = await runPython(script, { MLSTUDIO_URL: "", MLSTUDIO_API_TOKEN: "" }).exited;
    expect(withoutUrl.stdout).toMatch(/^mlstudio: outside a studio notebook, set MLSTUDIO_URL .* and MLSTUDIO_API_TOKEN/);
  });
});
