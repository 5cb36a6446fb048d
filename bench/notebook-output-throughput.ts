// A cell printing 100,000 lines: every line must reach a browser's socket and PostgreSQL, in
// order; how long until the last one arrives, beside the same cell through Jupyter Server +
// @jupyterlab/services with its default settings (whose IOPub rate limit may drop output),
// run in turns in the same run. Then the same cell in Chromium on the notebook page: the
// longest main-thread task and frame gap while it streams, and the time until its last line
// and the truncation notice are on screen.
//   npx tsx bench/notebook-output-throughput.ts
import type { Page } from "@playwright/test";
import { startNotebookStudio } from "./bench-studio";
import { openSignedInBrowser } from "./bench-browser";
import { executeOnJupyter, startJupyterServer } from "./jupyter-server";
import { median, printTable } from "./stats";
import { openNotebookSocket } from "./studio-notebook-socket";

const LINES = 100_000;
const CODE = `for i in range(${LINES}): print(i)`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LONG_TASK_BUDGET_MS = 50; // a task longer than this delays input noticeably (RAIL)

/** Counts the lines of a stream as its chunks arrive, checking that they are 0, 1, 2, … in order. */
function createLineCounter() {
  let count = 0;
  let isInOrder = true;
  let partial = "";
  return {
    add(text: string) {
      const lines = (partial + text).split("\n");
      partial = lines.pop()!;
      for (const line of lines) {
        if (line !== String(count)) isInOrder = false;
        count += 1;
      }
    },
    get count() {
      return count;
    },
    get isInOrder() {
      return isInOrder && partial === "";
    },
  };
}

type TRunFigures = { lines: number; isInOrder: boolean; lastLineMs: number };

async function countStoredLines(cellId: string) {
  const { db } = await import("@/lib/db");
  const rows = await db.output.findMany({ where: { cellId }, orderBy: { seq: "asc" }, select: { msgType: true, content: true } });
  const counter = createLineCounter();
  for (const row of rows) if (row.msgType === "stream") counter.add((row.content as { text: string }).text);
  return { lines: counter.count, isInOrder: counter.isInOrder, outputs: rows.length };
}

/** In the page: from Ctrl+Enter to the last line and the notice on screen, the longest task and frame gap. */
async function measureInBrowser(page: Page, cellId: string) {
  const cell = page.locator(`[data-cell-id="${cellId}"]`);
  // As a person would: once the page is ready (Monaco's start-up is a long task of its own).
  await cell.locator("[data-editor-ready]").waitFor({ timeout: 60_000 });
  await cell.locator("[data-prompt]").click();
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(`(() => {
    window.benchLongestTask = 0;
    window.benchLongestGap = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.benchLongestTask = Math.max(window.benchLongestTask, entry.duration);
    }).observe({ type: "longtask" });
    let last = performance.now();
    requestAnimationFrame(function onFrame(now) {
      window.benchLongestGap = Math.max(window.benchLongestGap, now - last);
      last = now;
      requestAnimationFrame(onFrame);
    });
    window.benchStartedAt = performance.now();
  })()`);
  await page.keyboard.press("Control+Enter");
  const shownAt = await page.waitForFunction(
    ({ selector, lastLine }) => {
      const stream = document.querySelector(`${selector} [data-output-kind="stream"]`);
      const text = stream?.querySelector("pre")?.textContent ?? "";
      const isShown = text.endsWith(`\n${lastLine}\n`) || text.endsWith(`\n${lastLine}`);
      return isShown && /earlier lines hidden/.test(stream?.textContent ?? "") ? performance.now() : null;
    },
    { selector: `[data-cell-id="${cellId}"]`, lastLine: LINES - 1 },
    { timeout: 120_000, polling: 50 },
  );
  await page.locator(`[data-cell-id="${cellId}"] [data-prompt]`).filter({ hasNotText: "[*]" }).waitFor({ timeout: 60_000 });
  return page.evaluate((at) => {
    const w = window as unknown as { benchLongestTask: number; benchLongestGap: number; benchStartedAt: number };
    return { shownMs: at - w.benchStartedAt, longestTaskMs: w.benchLongestTask, longestFrameGapMs: w.benchLongestGap };
  }, (await shownAt.jsonValue()) as number);
}

export async function benchNotebookOutputThroughput() {
  const { url, notebook, cookie, stops, stop } = await startNotebookStudio("throughput", [CODE, CODE]);
  try {
    const [socketCell, browserCell] = notebook.cells;
    const studio = await openNotebookSocket(url, cookie, notebook.id);
    stops.unshift(async () => studio.close());
    const jupyter = await startJupyterServer();
    stops.unshift(jupyter.stop);
    const kernel = await jupyter.startKernel();

    const runStudio = async (): Promise<TRunFigures> => {
      const counter = createLineCounter();
      let lastLineAt = NaN;
      const sentAt = performance.now();
      const end = await studio.run(socketCell.id, CODE, ({ output }) => {
        if (output.msg_type !== "stream") return;
        counter.add(output.content.text);
        if (counter.count === LINES) lastLineAt = performance.now();
      });
      if (end.status !== "ok") throw new Error(`the studio's run ended ${end.status}`);
      return { lines: counter.count, isInOrder: counter.isInOrder, lastLineMs: lastLineAt - sentAt };
    };
    const runJupyter = async (): Promise<TRunFigures> => {
      const counter = createLineCounter();
      let lastLineAt = NaN;
      const sentAt = performance.now();
      await executeOnJupyter(kernel, CODE, (message) => {
        if (message.header.msg_type !== "stream") return;
        counter.add((message.content as { text: string }).text);
        lastLineAt = performance.now();
      });
      return { lines: counter.count, isInOrder: counter.isInOrder, lastLineMs: lastLineAt - sentAt };
    };

    const studioRuns: TRunFigures[] = [];
    const jupyterRuns: TRunFigures[] = [];
    for (let run = 0; run < RUNS; run++) {
      studioRuns.push(await runStudio());
      jupyterRuns.push(await runJupyter());
    }
    const stored = await countStoredLines(socketCell.id);
    const summary = (runs: TRunFigures[]) => ({
      "lines received (each run)": runs.map((r) => r.lines).join(" / "),
      "in order": runs.every((r) => r.isInOrder) ? "yes" : "NO",
      "to last line ms (median)": Math.round(median(runs.map((r) => r.lastLineMs))),
    });
    const studioMs = median(studioRuns.map((r) => r.lastLineMs));
    printTable(`\`${CODE}\`, ${RUNS} runs per path in turns`, [
      { path: "studio: browser socket", ...summary(studioRuns), "stored in PostgreSQL (last run)": `${stored.lines} lines in ${stored.outputs} outputs${stored.isInOrder ? "" : ", OUT OF ORDER"}`, "ratio to anchor": "" },
      {
        path: "anchor: Jupyter Server + @jupyterlab/services, defaults",
        ...summary(jupyterRuns),
        "stored in PostgreSQL (last run)": "(not stored)",
        "ratio to anchor": (studioMs / median(jupyterRuns.map((r) => r.lastLineMs))).toFixed(2),
      },
    ]);

    // The page: its own socket; the kernel is already running.
    const { browser, context } = await openSignedInBrowser(url, cookie);
    stops.unshift(() => browser.close());
    const page = await context.newPage();
    await page.goto(`${url}/notebooks/${notebook.id}`);
    await page.locator('[data-live-status="live"]').waitFor();
    const pageRuns = [];
    for (let run = 0; run < RUNS; run++) pageRuns.push(await measureInBrowser(page, browserCell.id));
    const longestTask = Math.max(...pageRuns.map((r) => r.longestTaskMs));
    printTable(`The same cell in Chromium on the notebook page, ${RUNS} runs (ms)`, [
      {
        "to last line and truncation notice shown (median)": Math.round(median(pageRuns.map((r) => r.shownMs))),
        "longest main-thread task (worst run)": Math.round(longestTask),
        "longest frame gap (worst run)": Math.round(Math.max(...pageRuns.map((r) => r.longestFrameGapMs))),
        [`budget: no task over ${LONG_TASK_BUDGET_MS} ms`]: longestTask <= LONG_TASK_BUDGET_MS ? "met" : "MISSED",
      },
    ]);
    const isComplete = studioRuns.every((r) => r.lines === LINES && r.isInOrder) && stored.lines === LINES && stored.isInOrder;
    console.log(`every line received and stored, in order: ${isComplete ? "yes" : "NO"}`);
    return { studioRuns, jupyterRuns, stored, pageRuns };
  } finally {
    await stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchNotebookOutputThroughput();
