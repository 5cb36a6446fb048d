// A page of a stored version's rows. rows.idx gives the byte offset of every 1,000th row,
// so reading rows 995,000-995,049 seeks to row 995,000 and skips none, instead of reading
// the file from the start.
import { open } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { readLineBatches } from "./read-text";
import { ROWS_PER_INDEX_BLOCK } from "./schemas";

export const MAX_ROWS_PER_READ = 1000;

async function readBlockOffset(dir: string, block: number): Promise<number | undefined> {
  const handle = await open(path.join(dir, "rows.idx"), "r").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new AppError("not_found", "This dataset version has no rows to read (it holds images).");
    throw error;
  });
  try {
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, block * 8);
    return bytesRead === 8 ? buffer.readDoubleLE(0) : undefined;
  } finally {
    await handle.close();
  }
}

export async function readRows(options: { dir: string; offset: number; limit: number }): Promise<Record<string, unknown>[]> {
  const { dir, offset, limit } = options;
  if (!Number.isSafeInteger(offset) || offset < 0) throw new AppError("bad_input", "The offset must be a whole number, 0 or more.");
  if (!Number.isSafeInteger(limit) || limit < 0 || limit > MAX_ROWS_PER_READ) {
    throw new AppError("bad_input", `The limit must be a whole number from 0 to ${MAX_ROWS_PER_READ}.`);
  }
  const start = await readBlockOffset(dir, Math.floor(offset / ROWS_PER_INDEX_BLOCK));
  if (start === undefined || limit === 0) return [];
  let skip = offset % ROWS_PER_INDEX_BLOCK;
  const rows: Record<string, unknown>[] = [];
  for await (const batch of readLineBatches({ path: path.join(dir, "rows.jsonl"), fileName: "rows.jsonl", start })) {
    for (const line of batch) {
      if (skip > 0) {
        skip--;
        continue;
      }
      rows.push(JSON.parse(line));
      if (rows.length === limit) return rows;
    }
  }
  return rows;
}
