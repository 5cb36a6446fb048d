// Round trip of `1+1` from a browser's socket (cell:execute) through the studio, its worker
// and the kernel bridge, to the cell's execute_result coming back, beside two anchors on the
// same machine in the same run: raw jupyter_client (Python, no server), and Jupyter Server
// driven by @jupyterlab/services. All three are timed to the execute_result and wait for the
// cell's end before the next run; their samples are taken in turns, so load from anything
// else on the machine falls on all three alike.
//   npx tsx bench/notebook-round-trip.ts
import { startNotebookStudio } from "./bench-studio";
import { executeOnJupyter, startJupyterServer } from "./jupyter-server";
import { startRawJupyterClient } from "./raw-jupyter-client";
import { median, percentile, printTable } from "./stats";
import { openNotebookSocket } from "./studio-notebook-socket";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const PER_ROUND = 20;
const WARMUP = 20;
const CODE = "1+1";
const BUDGET_MS = 3;

type TMeasure = (count: number) => Promise<number[]>;

async function timeEach(count: number, runOnce: () => Promise<number>) {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await runOnce());
  return samples;
}

export async function benchNotebookRoundTrip() {
  const { url, notebook, cookie, stops, stop } = await startNotebookStudio("round-trip", [CODE]);
  try {
    const cellId = notebook.cells[0].id;
    const studio = await openNotebookSocket(url, cookie, notebook.id);
    stops.unshift(async () => studio.close());
    const raw = await startRawJupyterClient({ code: CODE, until: "result", warmup: WARMUP });
    stops.unshift(raw.stop);
    const jupyter = await startJupyterServer();
    stops.unshift(jupyter.stop);
    const kernel = await jupyter.startKernel();

    const measureStudio: TMeasure = (count) =>
      timeEach(count, async () => {
        const sentAt = performance.now();
        let resultAt = NaN;
        const end = await studio.run(cellId, CODE, ({ output }) => {
          if (output.msg_type === "execute_result" && Number.isNaN(resultAt)) resultAt = performance.now();
        });
        if (end.status !== "ok" || Number.isNaN(resultAt)) throw new Error(`the studio's run ended ${end.status}, result ${resultAt}`);
        await studio.whenKernelIdle(); // as each anchor's run ends: with the kernel idle again
        return resultAt - sentAt;
      });
    const measureJupyter: TMeasure = (count) =>
      timeEach(count, async () => {
        const sentAt = performance.now();
        let resultAt = NaN;
        const status = await executeOnJupyter(kernel, CODE, (message) => {
          if (message.header.msg_type === "execute_result" && Number.isNaN(resultAt)) resultAt = performance.now();
        });
        if (status !== "ok" || Number.isNaN(resultAt)) throw new Error(`Jupyter Server's run ended ${status}`);
        return resultAt - sentAt;
      });

    await measureStudio(WARMUP);
    await measureJupyter(WARMUP);
    const samples = { studio: [] as number[], raw: [] as number[], jupyter: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      samples.studio.push(...(await measureStudio(PER_ROUND)));
      samples.raw.push(...(await raw.measure(PER_ROUND)));
      samples.jupyter.push(...(await measureJupyter(PER_ROUND)));
    }

    const rawMedian = median(samples.raw);
    const row = (path: string, values: number[]) => ({
      path,
      "median ms": median(values).toFixed(2),
      "p95 ms": percentile(values, 95).toFixed(2),
      "minus raw ms": (median(values) - rawMedian).toFixed(2),
      "ratio to raw": (median(values) / rawMedian).toFixed(2),
    });
    const overRaw = median(samples.studio) - rawMedian;
    printTable(`\`${CODE}\` round trip to its execute_result, ${ROUNDS} rounds of ${PER_ROUND} per path in turns, after ${WARMUP} warm-up`, [
      row("studio: browser socket → server → worker → kernel → back", samples.studio),
      row("anchor: raw jupyter_client (Python, same machine)", samples.raw),
      row("anchor: Jupyter Server + @jupyterlab/services", samples.jupyter),
    ]);
    console.log(`studio minus raw: ${overRaw.toFixed(2)} ms (budget ${BUDGET_MS} ms: ${overRaw <= BUDGET_MS ? "met" : "MISSED"})`);
    return { studio: samples.studio, raw: samples.raw, jupyter: samples.jupyter };
  } finally {
    await stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchNotebookRoundTrip();
