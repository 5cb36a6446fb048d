// One table file (CSV, JSON Lines or Parquet) into rows.jsonl and rows.idx, with its
// columns' statistics; the file itself is kept under files/ as uploaded.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { ingestCsv } from "./ingest-csv";
import { ingestJsonLines } from "./ingest-jsonl";
import { ingestParquet } from "./ingest-parquet";
import type { TFileType, TIngestLimits, TIngestResult } from "./schemas";
import { storeUploadedFile } from "./store-uploaded-file";
import { UploadStore } from "./upload-store";

const READERS = { csv: ingestCsv, jsonl: ingestJsonLines, parquet: ingestParquet };

function contentTypeOf(type: keyof typeof READERS, name: string) {
  if (type === "parquet") return "application/vnd.apache.parquet";
  if (type === "jsonl") return "application/x-ndjson";
  return name.toLowerCase().endsWith(".tsv") ? "text/tab-separated-values" : "text/csv";
}

export async function ingestTable(options: { file: { name: string; path: string; type: TFileType }; dir: string; limits: TIngestLimits }): Promise<TIngestResult> {
  const { file, dir } = options;
  const type = file.type as keyof typeof READERS;
  const store = new UploadStore(path.join(dir, "files"), options.limits);
  await mkdir(store.root);
  const { size } = await storeUploadedFile({ store, name: file.name, path: file.path });
  const { rowCount, columns } = await READERS[type]({ path: file.path, fileName: file.name, dir });
  return { format: "table", rowCount, columns, files: [{ path: file.name, contentType: contentTypeOf(type, file.name), sizeBytes: size }] };
}
