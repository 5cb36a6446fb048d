// A notebook run headless from the command line, top to bottom, to the executed file: the
// studio's `studio notebook run` (import, run on a worker's fresh kernel, export) beside its
// anchor, `jupyter nbconvert --to notebook --execute` on the same file, on this machine.
// The studio runs with its local worker, on an embedded PostgreSQL in a fresh data folder.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { readNotebook, runNbconvert, summarizeOutputs } from "@/test/nbconvert";
import { runStudioCli } from "@/test/studio-cli";
import { startBenchDatabase } from "./bench-studio";
import { freePort, interrupt, startProcess, waitForResponse } from "./processes";
import { median, printTable } from "./stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DATA_DIR = ".studio-bench/headless";
const WORK_DIR = path.join(DATA_DIR, "notebooks");

const CELLS = [
  "import numpy as np\nimport pandas as pd\nimport matplotlib.pyplot as plt",
  "rng = np.random.default_rng(0)\ndf = pd.DataFrame({'x': np.arange(200), 'y': rng.normal(size=200).cumsum()})\ndf.describe()",
  "fig, ax = plt.subplots(figsize=(4, 3))\nax.plot(df.x, df.y)\nax.set_title('random walk')\nplt.show()",
  "print('rows', len(df))\nprint('last', round(df.y.iloc[-1], 3))",
];

const NOTEBOOK = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: "python3", display_name: "Python 3", language: "python" }, language_info: { name: "python" } },
  cells: CELLS.map((source, index) => ({ id: `cell-${index}`, cell_type: "code", metadata: {}, source, outputs: [], execution_count: null })),
};

async function seedOwner() {
  const { seedApiToken, seedMember, seedProject, seedTeam } = await import("@/prisma/seed/factories");
  const owner = await seedMember((await seedTeam("Bench team")).id, "OWNER");
  const project = await seedProject(owner.teamId, "bench-runs");
  return { token: (await seedApiToken(owner)).token, project: project.slug };
}

async function waitForWorker(base: string, token: string) {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    const answer = await fetch(`${base}/api/v1/workers`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.json(), () => null);
    if (answer?.workers?.some((w: { status: string }) => w.status === "online")) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the local worker did not come online");
}

async function timed<T>(run: () => Promise<T>) {
  const since = performance.now();
  const result = await run();
  return { ms: performance.now() - since, result };
}

export async function benchHeadlessRun() {
  await rm(DATA_DIR, { recursive: true, force: true });
  await mkdir(WORK_DIR, { recursive: true });
  const database = await startBenchDatabase("headless/db");
  const { token, project } = await seedOwner(); // the first team: the local worker joins it
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const { child } = startProcess("node", ["--import", "tsx", "server.ts"], {
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: database.url,
    STUDIO_DATA_DIR: DATA_DIR,
    NEXTAUTH_SECRET: "bench-secret",
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-bench",
  });
  try {
    await waitForResponse(`${base}/api/health`, performance.now(), child);
    await waitForWorker(base, token);
    const file = path.join(WORK_DIR, "analysis.ipynb");
    await writeFile(file, JSON.stringify(NOTEBOOK));
    const studioOut = path.join(WORK_DIR, "studio.ipynb");
    const anchorOut = path.join(WORK_DIR, "nbconvert.ipynb");
    const studio = () => runStudioCli(["notebook", "run", file, "--out", studioOut, "--project", project], { MLSTUDIO_URL: base, MLSTUDIO_API_TOKEN: token });
    const anchor = () => runNbconvert({ file, out: anchorOut });
    const studioMs: number[] = [];
    const anchorMs: number[] = [];
    // One of each first (the kernels' imports warm the disk cache), then alternating.
    for (let run = -1; run < RUNS; run++) {
      const ours = await timed(studio);
      if (ours.result.code !== 0) throw new Error(`studio notebook run failed:\n${ours.result.stderr}`);
      const theirs = await timed(anchor);
      if (theirs.result.code !== 0) throw new Error(`nbconvert failed:\n${theirs.result.stderr}`);
      if (run < 0) continue;
      studioMs.push(ours.ms);
      anchorMs.push(theirs.ms);
    }
    const isMatch = JSON.stringify(summarizeOutputs(await readNotebook(studioOut))) === JSON.stringify(summarizeOutputs(await readNotebook(anchorOut)));
    const [ours, theirs] = [median(studioMs), median(anchorMs)];
    printTable(`Headless run of a ${CELLS.length}-cell notebook (numpy, pandas, a matplotlib plot, prints), file to executed file, median of ${RUNS} (ms)`, [
      {
        "studio notebook run": Math.round(ours),
        "anchor: jupyter nbconvert --execute": Math.round(theirs),
        ratio: (ours / theirs).toFixed(2),
        "outputs match": isMatch ? "yes" : "NO",
      },
    ]);
    return { studioMs: ours, anchorMs: theirs, isMatch };
  } finally {
    await interrupt(child);
    await database.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchHeadlessRun();
