// A second pass over rows.jsonl (ours, not the upload) for the columns whose cells were
// written before their type was known. Rare: only a CSV column that mixes kinds of values
// (codes like "A7" and "12") or spells numbers unusually ("1.50") needs it.
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { readLineBatches } from "./read-text";
import { RowWriter } from "./row-writer";
import type { TRetype } from "./csv-row-encoder";

export async function retypeRows(options: { dir: string; retypes: Map<string, TRetype> }) {
  const { dir, retypes } = options;
  if (retypes.size === 0) return;
  const scratch = path.join(dir, ".retype");
  await mkdir(scratch);
  const writer = new RowWriter(scratch);
  try {
    for await (const batch of readLineBatches({ path: path.join(dir, "rows.jsonl"), fileName: "rows.jsonl" })) {
      for (const line of batch) {
        if (line === "") continue;
        const row = JSON.parse(line) as Record<string, unknown>;
        // defineProperty, not assignment: a column named "__proto__" stays a column.
        for (const [name, retype] of retypes) Object.defineProperty(row, name, { value: retype(row[name]), enumerable: true, writable: true, configurable: true });
        writer.writeLine(JSON.stringify(row));
      }
      await writer.drain();
    }
    await writer.close();
  } catch (error) {
    writer.abort();
    throw error;
  }
  await rename(path.join(scratch, "rows.jsonl"), path.join(dir, "rows.jsonl"));
  await rename(path.join(scratch, "rows.idx"), path.join(dir, "rows.idx"));
  await rm(scratch, { recursive: true, force: true });
}
