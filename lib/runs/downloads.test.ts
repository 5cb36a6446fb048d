// A run's downloads through their route handlers, as a client with an API token gets them:
// a metric's every point as CSV, read a page at a time, and the files a run logged.
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { loadConfig } from "@/lib/config";
import type { TRoute } from "@/lib/http/define-route";
import { ZSdkBatch, type TSdkEvent } from "@/lib/protocol/sdk-events";
import { seedApiToken, seedMember, seedTeam } from "@/prisma/seed/factories";
import { downloadRunArtifactRoute, exportMetricCsvRoute } from "./download-routes";
import { ingestSdkBatch } from "./ingest-sdk-batch";

const T0 = 1_700_000_000;
const POINTS = 120_000;

async function teamWithLogger() {
  const team = await seedTeam();
  const member = await seedMember(team.id, "MEMBER");
  const { token } = await seedApiToken(member);
  const log = (events: unknown[]) => ingestSdkBatch({ teamId: team.id, userId: member.userId, mayCreateProject: true }, ZSdkBatch.parse({ v: 1, events }));
  return { token, log };
}

function startOf(run: string): TSdkEvent {
  return { type: "start", run, project: "Downloads", name: "mlp \"wide\"", params: {}, tags: [], rules: [], time: T0 };
}

function get(route: TRoute, token: string, params: Record<string, string | string[]>) {
  const request = new NextRequest("http://studio.test/api/v1/download", { headers: { authorization: `Bearer ${token}` } });
  return route.handler(request, { params: Promise.resolve(params) });
}

/** The body as the client receives it, chunk by chunk. */
async function chunksOf(response: Response) {
  const chunks: Uint8Array[] = [];
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return chunks;
}

// Times with endless fractions (step / 7) show that none is rounded; three values are not numbers.
const timeAt = (step: number) => T0 + step / 7;
const valueAt = (step: number) => ({ 777: "NaN", 778: "Infinity", 779: "-Infinity" })[step] ?? 1 / (step + 1);

describe("a metric's CSV", () => {
  it("has every point in step order, a page at a time, non-numbers by name", { timeout: 120_000 }, async () => {
    const { token, log } = await teamWithLogger();
    const run = randomBytes(16).toString("hex");
    await log([startOf(run)]);
    // Logged last steps first: rows stored in that order must still come out by step.
    for (let from = POINTS - 40_000; from >= 0; from -= 40_000) {
      const steps = Array.from({ length: 40_000 }, (_, i) => from + i);
      await log(steps.map((step) => ({ type: "metrics", run, step, time: timeAt(step), values: { loss: valueAt(step) } })));
    }
    const response = await get(exportMetricCsvRoute, token, { id: run, key: "loss" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="mlp _wide_-loss.csv"; filename*=UTF-8''mlp%20%22wide%22-loss.csv`);
    const chunks = await chunksOf(response);
    const decoder = new TextDecoder();
    const texts = chunks.map((chunk) => decoder.decode(chunk));
    // Read 50,000 points a query: no chunk holds more.
    expect(Math.max(...texts.map((text) => text.split("\n").length - 1))).toBeLessThanOrEqual(50_000);
    const lines = texts.join("").split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(POINTS + 1);
    expect(lines[0]).toBe("step,time,value");
    const points = lines.slice(1).map((line) => line.split(","));
    expect(points.every(([step], index) => step === String(index))).toBe(true);
    expect(points.every(([step, time]) => Number(time) === timeAt(Number(step)))).toBe(true);
    expect(points[0]).toEqual(["0", String(T0), "1"]);
    expect(points.slice(777, 780).map(([, , value]) => value)).toEqual(["NaN", "Infinity", "-Infinity"]);
    expect(Number(points[POINTS - 1][2])).toBe(1 / POINTS);
  });

  it("is not found for another team's run, or a metric the run lacks", async () => {
    const theirs = await teamWithLogger();
    const ours = await teamWithLogger();
    const run = randomBytes(16).toString("hex");
    await theirs.log([startOf(run), { type: "metrics", run, step: 0, time: T0, values: { loss: 1 } }]);
    const foreign = await get(exportMetricCsvRoute, ours.token, { id: run, key: "loss" });
    expect(foreign.status).toBe(404);
    expect(foreign.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await foreign.json()).toEqual({ code: "not_found", message: "This run does not exist in your team." });
    const missing = await get(exportMetricCsvRoute, theirs.token, { id: run, key: "accuracy" });
    expect(await missing.json()).toMatchObject({ code: "not_found", message: 'This run has no metric "accuracy".' });
  });
});

describe("a run's file", () => {
  async function runWithFiles(files: Record<string, Buffer>) {
    const logger = await teamWithLogger();
    const run = randomBytes(16).toString("hex");
    const artifacts = Object.entries(files).map(([path, data]) => ({ type: "artifact", run, path, data: data.toString("base64"), time: T0 }));
    await logger.log([startOf(run), ...artifacts]);
    return { ...logger, run };
  }

  it("downloads byte for byte, as an attachment no browser renders", async () => {
    const weights = randomBytes(300_000);
    const { token, run } = await runWithFiles({ "model/weights.bin": weights, "report.html": Buffer.from("<script>alert(1)</script>") });
    const response = await get(downloadRunArtifactRoute, token, { id: run, path: ["model", "weights.bin"] });
    expect(response.status).toBe(200);
    expect(Buffer.concat(await chunksOf(response)).equals(weights)).toBe(true);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="weights.bin"; filename*=UTF-8''weights.bin`,
      "content-length": "300000",
      "x-content-type-options": "nosniff",
    });
    const page = await get(downloadRunArtifactRoute, token, { id: run, path: ["report.html"] });
    expect(page.headers.get("content-type")).toBe("application/octet-stream");
    expect(page.headers.get("content-disposition")).toMatch(/^attachment; filename="report.html"/);
  });

  it("is not found when the run did not log that path, or is another team's", async () => {
    const { token, run } = await runWithFiles({ "model/weights.bin": Buffer.from("w") });
    const unlogged = await get(downloadRunArtifactRoute, token, { id: run, path: ["model", "other.bin"] });
    expect(unlogged.status).toBe(404);
    expect(await unlogged.json()).toEqual({ code: "not_found", message: 'This run has no file "model/other.bin".' });
    const outsider = await teamWithLogger();
    const foreign = await get(downloadRunArtifactRoute, outsider.token, { id: run, path: ["model", "weights.bin"] });
    expect(foreign.status).toBe(404);
  });

  it("refuses a path that climbs out with '..', whatever lies there", async () => {
    const other = await runWithFiles({ "secret.bin": Buffer.from("another run's file") });
    const { token, run } = await runWithFiles({ "model/weights.bin": Buffer.from("w") });
    // A file beside the artifact store, where runs/<id>/../../../secret.txt would lead.
    const { dataDir } = loadConfig();
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, "secret.txt"), "outside the store");
    for (const climb of [["..", other.run, "secret.bin"], ["..", "..", "..", "secret.txt"], [`model/../../${other.run}/secret.bin`]]) {
      const response = await get(downloadRunArtifactRoute, token, { id: run, path: climb });
      expect(response.status, climb.join("/")).toBe(422);
      expect(await response.json()).toMatchObject({ code: "bad_input", fieldErrors: { path: ["an artifact path is relative, without '..'"] } });
    }
  });
});
