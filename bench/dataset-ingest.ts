// A 1,000,000-row, 5-column CSV (35 MB) read into a dataset version: parsed, typed, column
// statistics gathered, rows stored with their page index; median of 3. Anchor, in the same
// run: papaparse alone streaming the same file to its end, the floor under any CSV import in
// Node (the budget: well under 30 s). Then a page read at the table's far end.
//   npx tsx bench/dataset-ingest.ts
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { ingestDataset } from "@/lib/datasets/ingest/ingest-dataset";
import { readRows } from "@/lib/datasets/ingest/read-rows";
import { median, printTable } from "./stats";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = 3;

async function writeCsv(file: string) {
  const out = createWriteStream(file);
  out.write("id,price,qty,label,day\n");
  for (let i = 0; i < ROWS; i++) {
    const line = `${i},${(i % 997) / 4},${i % 50},item ${i % 1000},2024-01-${String((i % 28) + 1).padStart(2, "0")}\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

function parseOnly(file: string) {
  return new Promise<number>((resolve, reject) => {
    let rows = 0;
    Papa.parse(createReadStream(file), { header: true, step: () => void rows++, complete: () => resolve(rows), error: reject });
  });
}

export async function benchDatasetIngest() {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-ingest-"));
  try {
    const file = path.join(dir, "big.csv");
    await writeCsv(file);
    const ingest: number[] = [];
    const parse: number[] = [];
    let pageMs = 0;
    for (let run = 0; run < RUNS; run++) {
      const outDir = path.join(dir, `version-${run}`);
      let startedAt = performance.now();
      const result = await ingestDataset({ files: [{ name: "big.csv", path: file }], outDir });
      ingest.push(performance.now() - startedAt);
      if (result.rowCount !== ROWS) throw new Error(`ingested ${result.rowCount} rows`);
      startedAt = performance.now();
      const rows = await readRows({ dir: outDir, offset: ROWS - 10, limit: 10 });
      pageMs = performance.now() - startedAt;
      if (rows[9]?.id !== ROWS - 1) throw new Error("the last page is wrong");
      startedAt = performance.now();
      if ((await parseOnly(file)) !== ROWS) throw new Error("papaparse lost rows");
      parse.push(performance.now() - startedAt);
      await rm(outDir, { recursive: true, force: true });
    }
    const ingestMs = median(ingest);
    const parseMs = median(parse);
    printTable(`Dataset ingest: CSV of ${ROWS.toLocaleString("en")} rows × 5 columns, median of ${RUNS} (ms)`, [
      { path: "studio: ingestDataset (parse, type, stats, store, index)", ms: Math.round(ingestMs), ratio: (ingestMs / parseMs).toFixed(2) },
      { path: "anchor: papaparse streaming the file, nothing kept", ms: Math.round(parseMs), ratio: "1.00" },
    ]);
    console.log(`ingest ${(ingestMs / 1000).toFixed(1)} s (budget 30 s: ${ingestMs < 30_000 ? "met" : "MISSED"}); last page read in ${pageMs.toFixed(1)} ms`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDatasetIngest();
