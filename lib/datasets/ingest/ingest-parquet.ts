// A Parquet file into rows.jsonl, one row group at a time: each group is read as columns
// (compact typed arrays) and turned into rows one by one, so a large group never becomes
// a million row objects at once.
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type ColumnData, type FileMetaData } from "hyparquet";
import { AppError } from "@/lib/errors";
import { normaliseJsonValue } from "./classify-value";
import { JsonTableSink } from "./json-table-sink";
import type { TColumnStats } from "./schemas";

function unreadable(fileName: string, error: unknown): AppError {
  return new AppError("bad_input", `${fileName} could not be read as Parquet: ${String((error as Error).message).replace(/\.$/, "")}.`);
}

async function readGroupColumns(options: { file: Awaited<ReturnType<typeof asyncBufferFromFile>>; metadata: FileMetaData; rowStart: number; rowEnd: number }) {
  const chunks = new Map<string, ColumnData[]>();
  await parquetRead({
    ...options,
    onChunk: (chunk) => {
      const list = chunks.get(chunk.columnName) ?? [];
      list.push(chunk);
      chunks.set(chunk.columnName, list);
    },
  });
  for (const list of chunks.values()) list.sort((a, b) => a.rowStart - b.rowStart);
  return chunks;
}

/** Reads one column's chunks in row order, moving forward only. */
function columnCursor(chunks: ColumnData[] = []) {
  let at = 0;
  return (row: number): unknown => {
    while (at < chunks.length && chunks[at].rowEnd <= row) at++;
    const chunk = chunks[at];
    return chunk && chunk.rowStart <= row ? chunk.columnData[row - chunk.rowStart] : null;
  };
}

export async function ingestParquet(options: { path: string; fileName: string; dir: string }): Promise<{ rowCount: number; columns: TColumnStats[] }> {
  const { fileName } = options;
  const file = await asyncBufferFromFile(options.path);
  const metadata = await parquetMetadataAsync(file).catch((error) => Promise.reject(unreadable(fileName, error)));
  const names = parquetSchema(metadata).children.map((child) => child.element.name);
  const sink = new JsonTableSink(options.dir);
  sink.declareColumns(names);
  try {
    let rowStart = 0;
    for (const group of metadata.row_groups) {
      const rowEnd = rowStart + Number(group.num_rows);
      const chunks = await readGroupColumns({ file, metadata, rowStart, rowEnd }).catch((error) => Promise.reject(unreadable(fileName, error)));
      const cursors = names.map((name) => columnCursor(chunks.get(name)));
      for (let row = rowStart; row < rowEnd; row++) {
        // No prototype: a column named "__proto__" is then an ordinary key.
        const record: Record<string, unknown> = Object.create(null);
        names.forEach((name, i) => (record[name] = normaliseJsonValue(cursors[i](row))));
        sink.addRow(record);
      }
      await sink.writer.drain();
      rowStart = rowEnd;
    }
    if (sink.rowCount === 0) throw new AppError("bad_input", `${fileName} has no rows.`);
    return { rowCount: sink.rowCount, columns: await sink.finish() };
  } catch (error) {
    sink.writer.abort();
    throw error;
  }
}
