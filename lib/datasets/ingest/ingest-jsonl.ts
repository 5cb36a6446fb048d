// A JSON Lines file into rows.jsonl: one object per line, blank lines skipped, the first
// line that is not an object refused by its number.
import { AppError } from "@/lib/errors";
import { JsonTableSink } from "./json-table-sink";
import { readLineBatches } from "./read-text";
import type { TColumnStats } from "./schemas";

function describeValue(value: unknown) {
  if (value === null) return "null";
  return Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

export async function ingestJsonLines(options: { path: string; fileName: string; dir: string }): Promise<{ rowCount: number; columns: TColumnStats[] }> {
  const { fileName } = options;
  const sink = new JsonTableSink(options.dir);
  try {
    let line = 0;
    for await (const batch of readLineBatches(options)) {
      for (const text of batch) {
        line++;
        if (text.length === 0 || /^\s*$/.test(text)) continue;
        let row: unknown;
        try {
          row = JSON.parse(text);
        } catch (error) {
          throw new AppError("bad_input", `Line ${line} of ${fileName} is not JSON: ${(error as Error).message.replace(/\.$/, "")}.`);
        }
        if (row === null || typeof row !== "object" || Array.isArray(row)) {
          throw new AppError("bad_input", `Line ${line} of ${fileName} is ${describeValue(row)}, not a JSON object.`);
        }
        sink.addRow(row as Record<string, unknown>);
      }
      await sink.writer.drain();
    }
    if (sink.rowCount === 0) throw new AppError("bad_input", `${fileName} has no rows.`);
    return { rowCount: sink.rowCount, columns: await sink.finish() };
  } catch (error) {
    sink.writer.abort();
    throw error;
  }
}
