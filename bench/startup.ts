// Start-up of the main command (`npm start` = scripts/start.sh) on an installed checkout
// with an existing data folder, to the first served page, beside its anchor: plain
// `next start` of the same build with no database (the framework's own floor).
import { rm } from "node:fs/promises";
import { freePort, interrupt, startProcess, waitForResponse } from "./processes";
import { median, printTable } from "./stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DATA_DIR = ".studio-bench/startup";
const env = { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-bench", NEXT_TELEMETRY_DISABLED: "1" };

async function timeStudioStart() {
  const port = await freePort();
  const since = performance.now();
  const { child } = startProcess("bash", ["scripts/start.sh"], { ...env, PORT: String(port), STUDIO_DATA_DIR: DATA_DIR });
  const ms = await waitForResponse(`http://localhost:${port}/sign-in`, since, child);
  await interrupt(child);
  return ms;
}

async function timeNextStart() {
  const port = await freePort();
  const since = performance.now();
  const { child } = startProcess("npx", ["next", "start", "-p", String(port)], { ...env, NODE_ENV: "production" });
  const ms = await waitForResponse(`http://localhost:${port}/sign-in`, since, child);
  await interrupt(child);
  return ms;
}

export async function benchStartup() {
  await rm(DATA_DIR, { recursive: true, force: true });
  await timeStudioStart(); // first start: builds if needed, creates the data folder
  const studio: number[] = [];
  const anchor: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    studio.push(await timeStudioStart());
    anchor.push(await timeNextStart());
  }
  const studioMs = median(studio);
  const anchorMs = median(anchor);
  printTable(`Start-up to first served page, median of ${RUNS} (ms)`, [
    {
      "npm start (existing data)": Math.round(studioMs),
      "anchor: next start, no DB": Math.round(anchorMs),
      ratio: (studioMs / anchorMs).toFixed(2),
      "budget 10 s": studioMs < 10_000 ? "met" : "MISSED",
    },
  ]);
  return { studioMs, anchorMs };
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStartup();
