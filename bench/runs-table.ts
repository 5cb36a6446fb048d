// The runs table of a team with 10,000 runs of 50 metrics each: the first page's answer from
// GET /api/v1/runs (newest first, and sorted by a metric), as the studio serves it, median of
// 20 requests each. Anchor, in the same run: loading every run with all its metrics' last
// values in one query, as a table that sorts and pages in the browser must (MLflow's UI is
// reported to take about a minute for 500 runs; it cannot be installed here).
//   npx tsx bench/runs-table.ts
import pg from "pg";
import { startBenchDatabase, startBenchServer } from "./bench-studio";
import { median, printTable } from "./stats";

const RUNS = 10_000;
const METRICS = 50;
const REQUESTS = Number(process.env.BENCH_RUNS ?? 20);
const BUDGET_MS = 500;

async function seedRuns() {
  const { seedApiToken, seedMember, seedProject, seedTeam } = await import("@/prisma/seed/factories");
  const { db } = await import("@/lib/db");
  const owner = await seedMember((await seedTeam("Bench team")).id, "OWNER");
  const project = await seedProject(owner.teamId, "bench");
  await db.$executeRaw`
    INSERT INTO "Run" (id, "teamId", "projectId", name, status, params, tags, "createdById", "startedAt", "finishedAt", "updatedAt")
    SELECT md5(i::text), ${owner.teamId}, ${project.id}, 'run-' || i, 'FINISHED', jsonb_build_object('lr', 0.001 * (i % 10), 'batch', 32 * (1 + i % 4)),
      ARRAY['sweep-' || (i % 7)], ${owner.userId}, now() - make_interval(secs => i * 60), now() - make_interval(secs => i * 60 - 30), now()
    FROM generate_series(1, ${RUNS}) AS i`;
  await db.$executeRaw`
    INSERT INTO "RunMetric" ("runId", key, count, "lastStep", "lastValue", "minValue", "maxValue")
    SELECT md5(i::text), 'metric_' || k, 100, 99, random(), 0, 1 FROM generate_series(1, ${RUNS}) AS i, generate_series(1, ${METRICS}) AS k`;
  await db.$executeRaw`ANALYZE`;
  return { token: (await seedApiToken(owner)).token };
}

async function timeRequests(url: string, token: string) {
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const startedAt = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { runs: unknown[]; total: number };
    if (!response.ok || body.runs.length !== 50 || body.total !== RUNS) throw new Error(`GET ${url}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
    samples.push(performance.now() - startedAt);
  }
  return median(samples);
}

async function timeLoadEverything(databaseUrl: string) {
  const database = new pg.Client({ connectionString: databaseUrl });
  await database.connect();
  try {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const startedAt = performance.now();
      const { rowCount } = await database.query(`SELECT r.id, r.name, r.params, m.key, m."lastValue" FROM "Run" r JOIN "RunMetric" m ON m."runId" = r.id`);
      if (rowCount !== RUNS * METRICS) throw new Error(`loaded ${rowCount} rows`);
      samples.push(performance.now() - startedAt);
    }
    return median(samples);
  } finally {
    await database.end();
  }
}

export async function benchRunsTable() {
  const database = await startBenchDatabase("runs-table");
  try {
    const { token } = await seedRuns();
    const server = await startBenchServer(database.url);
    try {
      await timeRequests(`${server.url}/api/v1/runs`, token); // warm-up: the route's first compile and plans
      const newest = await timeRequests(`${server.url}/api/v1/runs`, token);
      const byMetric = await timeRequests(`${server.url}/api/v1/runs?sort=metric.metric_7&order=desc&cols=metric.metric_7,param.lr`, token);
      const everything = await timeLoadEverything(database.url);
      printTable(`Runs table: ${RUNS.toLocaleString("en")} runs × ${METRICS} metrics, first page of 50, median of ${REQUESTS} requests (ms)`, [
        { path: "studio: GET /api/v1/runs, newest first", ms: Math.round(newest), ratio: (newest / everything).toFixed(2) },
        { path: "studio: GET /api/v1/runs, sorted by a metric", ms: Math.round(byMetric), ratio: (byMetric / everything).toFixed(2) },
        { path: "anchor: one query loading every run with its metrics", ms: Math.round(everything), ratio: "1.00" },
      ]);
      const worst = Math.max(newest, byMetric);
      console.log(`first page ${Math.round(worst)} ms at worst (budget ${BUDGET_MS} ms: ${worst < BUDGET_MS ? "met" : "MISSED"})`);
    } finally {
      await server.stop();
    }
  } finally {
    await database.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchRunsTable();
