// Metric ingest, end to end: a notebook cell logs 500,000 metric values with the mlstudio SDK
// (10 metrics × 50,000 steps, as fast as Python can), through the kernel, the worker, the
// server and PostgreSQL, to a browser's socket subscribed to the run. Timed from the cell's
// start to the last value heard by the browser; every value must arrive once, in step order,
// and be stored. Anchor, in the same run on the same machine: the same values written straight
// into PostgreSQL by one client, 5,000 rows a statement (the database's own pace here).
//   npx tsx bench/metric-ingest.ts
import pg from "pg";
import { io, type Socket } from "socket.io-client";
import type { TAck, TStudioPayload } from "@/lib/protocol";
import { startNotebookStudio } from "./bench-studio";
import { median, printTable } from "./stats";
import { openNotebookSocket } from "./studio-notebook-socket";

const METRICS = 10;
const STEPS = 50_000;
const VALUES = METRICS * STEPS;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_PER_S = 50_000;

const START_CELL = `import mlstudio\nrun = mlstudio.init(project="bench", name="ingest")\nKEYS = [f"m{i}" for i in range(${METRICS})]`;
const LOG_CELL = `for step in range(${STEPS}): run.log({k: step * 0.001 + i for i, k in enumerate(KEYS)}, step=step)\nrun.finish()`;

async function joinRoom(socket: Socket, room: object) {
  const ack = (await socket.timeout(30_000).emitWithAck("room:join", { room })) as TAck;
  if (!ack.ok) throw new Error(`room:join refused: ${ack.error}`);
}

/** Counts a run's values as the browser hears them, checking each metric's steps come in order. */
function countValues(socket: Socket) {
  let count = 0;
  let isInOrder = true;
  const lastStep = new Map<string, number>();
  let onCount = () => {};
  socket.on("run:metrics", (event: TStudioPayload<"run:metrics">) => {
    for (const [key, points] of Object.entries(event.series)) {
      for (const [step] of points) {
        if (step <= (lastStep.get(key) ?? -1)) isInOrder = false;
        lastStep.set(key, step);
      }
      count += points.length;
    }
    onCount();
  });
  return {
    async whenAtLeast(target: number, timeoutMs: number) {
      const deadline = performance.now() + timeoutMs;
      while (count < target && performance.now() < deadline) await new Promise<void>((resolve) => ((onCount = resolve), setTimeout(resolve, 1000)));
      return count;
    },
    get isInOrder() {
      return isInOrder;
    },
  };
}

async function measureStudio(studio: Awaited<ReturnType<typeof startNotebookStudio>>, databaseUrl: string) {
  const [startCell, logCell] = studio.notebook.cells;
  const notebook = await openNotebookSocket(studio.url, studio.cookie, studio.notebook.id);
  const browser: Socket = io(`${studio.url}/studio`, { extraHeaders: { cookie: studio.cookie }, reconnection: false, transports: ["websocket"] });
  await new Promise<void>((resolve, reject) => browser.once("connect", resolve).once("connect_error", reject));
  await joinRoom(browser, { kind: "runs" });
  const started = new Promise<string>((resolve) => browser.once("run:changed", (event: { runId: string }) => resolve(event.runId)));
  const database = new pg.Client({ connectionString: databaseUrl });
  await database.connect();
  try {
    await notebook.run(startCell.id, START_CELL);
    const runId = await started;
    await joinRoom(browser, { kind: "run", id: runId });
    const heard = countValues(browser);
    const startedAt = performance.now();
    const end = await notebook.run(logCell.id, LOG_CELL);
    const count = await heard.whenAtLeast(VALUES, 120_000);
    const seconds = (performance.now() - startedAt) / 1000;
    const { rows } = await database.query(`SELECT count(*)::int AS n FROM "MetricPoint" p JOIN "RunMetric" m ON m.id = p."metricId" WHERE m."runId" = $1`, [runId]);
    const isComplete = end.status === "ok" && count === VALUES && rows[0].n === VALUES && heard.isInOrder;
    if (!isComplete) throw new Error(`lost or disordered values: cell ${end.status}, heard ${count}, stored ${rows[0].n} of ${VALUES}, in order ${heard.isInOrder}`);
    return VALUES / seconds;
  } finally {
    browser.close();
    notebook.close();
    await database.end();
  }
}

/** The same values written by one client straight into a table like MetricPoint, 5,000 rows a statement. */
async function measureRawPostgres(databaseUrl: string) {
  const database = new pg.Client({ connectionString: databaseUrl });
  await database.connect();
  try {
    await database.query(`CREATE TEMP TABLE raw_points ("metricId" int, step int8, time float8, value float8, PRIMARY KEY ("metricId", step))`);
    const startedAt = performance.now();
    const rowsPerStatement = 5_000;
    for (let first = 0; first < VALUES; first += rowsPerStatement) {
      const ids: number[] = [], steps: number[] = [], times: number[] = [], values: number[] = []; // prettier-ignore
      for (let i = first; i < first + rowsPerStatement; i++) {
        ids.push(i % METRICS);
        steps.push(Math.floor(i / METRICS));
        times.push(Date.now() / 1000);
        values.push(i * 0.001);
      }
      await database.query(`INSERT INTO raw_points SELECT * FROM unnest($1::int[], $2::int8[], $3::float8[], $4::float8[])`, [ids, steps, times, values]);
    }
    return VALUES / ((performance.now() - startedAt) / 1000);
  } finally {
    await database.end();
  }
}

export async function benchMetricIngest() {
  const studio = await startNotebookStudio("metric-ingest", [START_CELL, LOG_CELL]);
  try {
    const databaseUrl = process.env.DATABASE_URL!;
    const samples = { studio: [] as number[], raw: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      samples.studio.push(await measureStudio(studio, databaseUrl));
      samples.raw.push(await measureRawPostgres(databaseUrl));
    }
    const studioRate = median(samples.studio);
    const rawRate = median(samples.raw);
    const row = (path: string, rate: number, note: string) => ({ path, "values/s (median)": Math.round(rate).toLocaleString("en"), "ratio to raw": (rate / rawRate).toFixed(2), note });
    printTable(`Metric ingest: ${VALUES.toLocaleString("en")} values (${METRICS} metrics × ${STEPS.toLocaleString("en")} steps), median of ${RUNS} runs`, [
      row("studio: SDK in a kernel → worker → server → PostgreSQL → browser socket", studioRate, "every value heard once, in order, and stored"),
      row("anchor: one client inserting into PostgreSQL, 5,000 rows a statement", rawRate, "no SDK, server or browser"),
      row("reference: W&B's documented limit per run (not measured)", 100_000 / 60, "100,000 values a minute"),
    ]);
    console.log(`studio: ${Math.round(studioRate).toLocaleString("en")} values/s (target ${TARGET_PER_S.toLocaleString("en")}: ${studioRate >= TARGET_PER_S ? "met" : "NOT met"})`);
  } finally {
    await studio.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMetricIngest();
