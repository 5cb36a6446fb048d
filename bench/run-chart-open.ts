// A run with 1,000,000 points in one metric, its page opened in Chromium: from navigation start
// to the metric's line drawn (the server downsamples to each bucket's extremes, from the
// rollups kept at ingest), median of 5
// cold opens (a new browser context each). Anchor, in the same run: reading the metric's raw
// points out of PostgreSQL with one client, the least a chart that draws every point must do
// before it can draw anything.
//   npx tsx bench/run-chart-open.ts
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startBenchDatabase, startBenchServer, sessionCookie } from "./bench-studio";
import { openSignedInBrowser } from "./bench-browser";
import { median, printTable } from "./stats";

const POINTS = 1_000_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_MS = 1_000;

// Logged through the same ingest as the SDK's batches, so the rollups long charts read are there.
async function seedLongRun() {
  const { seedMember, seedTeam } = await import("@/prisma/seed/factories");
  const { ingestSdkBatch } = await import("@/lib/runs/ingest-sdk-batch");
  const { db } = await import("@/lib/db");
  const owner = await seedMember((await seedTeam("Bench team")).id, "OWNER");
  const origin = { teamId: owner.teamId, userId: owner.userId, mayCreateProject: true };
  const runId = randomBytes(16).toString("hex");
  await ingestSdkBatch(origin, { v: 1, events: [{ type: "start", run: runId, project: "bench", name: "a million steps", params: {}, tags: [], rules: [], time: 1_700_000_000 }] });
  const perBatch = 50_000;
  for (let first = 0; first < POINTS; first += perBatch) {
    // A noisy decaying loss with a few spikes, the kind of curve whose extremes must survive.
    const events = Array.from({ length: perBatch }, (_, i) => {
      const step = first + i;
      const loss = Math.exp(-step / 200_000) + Math.random() * 0.05 + (step % 99_991 === 0 ? 1 : 0);
      return { type: "metrics" as const, run: runId, step, time: 1_700_000_000 + step * 0.01, values: { loss } };
    });
    await ingestSdkBatch(origin, { v: 1, events });
  }
  const metric = await db.runMetric.findFirstOrThrow({ where: { runId } });
  return { owner, run: { id: runId }, metricId: metric.id };
}

async function openOnce(url: string, cookie: string, runId: string) {
  const { browser, context } = await openSignedInBrowser(url, cookie);
  try {
    const page = await context.newPage();
    // Marks, in the page's own clock (0 = navigation start), when the loss line is in the SVG.
    await page.addInitScript(`new MutationObserver((_, observer) => {
      const line = document.querySelector('[data-metric="loss"] svg path.recharts-curve');
      if (!line || !line.getAttribute("d")) return;
      window.benchLineDrawnAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true, attributes: true })`);
    await page.goto(`${url}/experiments/runs/${runId}`, { waitUntil: "commit" });
    await page.waitForFunction(() => (window as unknown as { benchLineDrawnAt?: number }).benchLineDrawnAt !== undefined, undefined, { timeout: 60_000 });
    const drawnPoints = Number(await page.locator('[data-metric="loss"]').getAttribute("data-points"));
    const navigation = (await page.evaluate(`(() => {
      const entry = performance.getEntriesByType("navigation")[0];
      return { responseMs: entry.responseEnd, contentLoadedMs: entry.domContentLoadedEventEnd };
    })()`)) as { responseMs: number; contentLoadedMs: number };
    return { ...navigation, drawnMs: (await page.evaluate("window.benchLineDrawnAt")) as number, drawnPoints };
  } finally {
    await browser.close();
  }
}

async function readRawPoints(databaseUrl: string, metricId: number) {
  const database = new pg.Client({ connectionString: databaseUrl });
  await database.connect();
  try {
    const startedAt = performance.now();
    const { rowCount } = await database.query(`SELECT step, time, value FROM "MetricPoint" WHERE "metricId" = $1 ORDER BY step`, [metricId]);
    if (rowCount !== POINTS) throw new Error(`read ${rowCount} points`);
    return performance.now() - startedAt;
  } finally {
    await database.end();
  }
}

export async function benchRunChartOpen() {
  const database = await startBenchDatabase("run-chart");
  try {
    const { owner, run, metricId } = await seedLongRun();
    const server = await startBenchServer(database.url);
    try {
      const cookie = await sessionCookie(owner.userId);
      await openOnce(server.url, cookie, run.id); // warm-up: the server's first render of the page
      const opens = [];
      const reads = [];
      for (let i = 0; i < RUNS; i++) {
        opens.push(await openOnce(server.url, cookie, run.id));
        reads.push(await readRawPoints(database.url, metricId));
      }
      const drawnMs = median(opens.map((o) => o.drawnMs));
      const readMs = median(reads);
      printTable(`A run with ${POINTS.toLocaleString("en")} points in one metric, opened in Chromium, median of ${RUNS} cold opens (ms)`, [
        { path: "studio: navigation start → page received", ms: Math.round(median(opens.map((o) => o.responseMs))), points: "", ratio: "" },
        { path: "studio: navigation start → DOM content loaded", ms: Math.round(median(opens.map((o) => o.contentLoadedMs))), points: "", ratio: "" },
        { path: "studio: navigation start → loss line drawn", ms: Math.round(drawnMs), points: opens[0].drawnPoints, ratio: (drawnMs / readMs).toFixed(2) },
        { path: "anchor: one client reading the raw points from PostgreSQL", ms: Math.round(readMs), points: POINTS, ratio: "1.00" },
      ]);
      console.log(`first chart render ${Math.round(drawnMs)} ms (budget ${BUDGET_MS} ms: ${drawnMs < BUDGET_MS ? "met" : "MISSED"})`);
    } finally {
      await server.stop();
    }
  } finally {
    await database.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchRunChartOpen();
