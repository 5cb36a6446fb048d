// rows.jsonl (one JSON object per line) and rows.idx (the byte offset of every 1,000th row,
// little-endian float64), written together so a page of rows can be found without reading
// the file from the start.
import { createWriteStream, type WriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { ROWS_PER_INDEX_BLOCK } from "./schemas";

const FLUSH_CHARS = 1 << 20;

export class RowWriter {
  rowCount = 0;
  private offset = 0;
  private readonly blockOffsets: number[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  private readonly stream: WriteStream;
  private failure?: Error;

  constructor(private readonly dir: string) {
    this.stream = createWriteStream(path.join(dir, "rows.jsonl"));
    this.stream.on("error", (error) => (this.failure = error));
  }

  /** One row, already JSON; buffered, so the caller awaits drain() now and then. */
  writeLine(json: string) {
    if (this.rowCount % ROWS_PER_INDEX_BLOCK === 0) this.blockOffsets.push(this.offset);
    this.rowCount++;
    this.offset += Buffer.byteLength(json) + 1;
    this.pending.push(json);
    this.pendingChars += json.length;
    if (this.pendingChars >= FLUSH_CHARS) this.flush();
  }

  private flush() {
    if (this.pending.length === 0) return;
    this.stream.write(this.pending.join("\n") + "\n");
    this.pending = [];
    this.pendingChars = 0;
  }

  /** Waits while the file is behind, so a fast reader does not pile rows up in memory. */
  async drain() {
    if (this.failure) throw this.failure;
    if (this.stream.writableNeedDrain) await once(this.stream, "drain");
  }

  async close() {
    this.flush();
    this.stream.end();
    if (!this.stream.writableFinished) await once(this.stream, "finish");
    if (this.failure) throw this.failure;
    const index = Buffer.alloc(this.blockOffsets.length * 8);
    this.blockOffsets.forEach((offset, i) => index.writeDoubleLE(offset, i * 8));
    await writeFile(path.join(this.dir, "rows.idx"), index);
  }

  /** Stops writing after a failure; the folder is about to be removed. */
  abort() {
    this.stream.destroy();
  }
}
