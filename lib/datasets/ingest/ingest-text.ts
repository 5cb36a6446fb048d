// Text files (.txt, .md): each one a row { path, text }, stored under files/ as well, so a
// version of documents pages like a table and still serves each file as it was uploaded.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { JsonTableSink } from "./json-table-sink";
import { readTextChunks } from "./read-text";
import { storeUploadedFile } from "./store-uploaded-file";
import type { TIngestedFile, TIngestLimits, TIngestResult } from "./schemas";
import { UploadStore } from "./upload-store";

export async function ingestText(options: { files: { name: string; path: string }[]; dir: string; limits: TIngestLimits }): Promise<TIngestResult> {
  const store = new UploadStore(path.join(options.dir, "files"), options.limits);
  await mkdir(store.root);
  const sink = new JsonTableSink(options.dir);
  const files: TIngestedFile[] = [];
  try {
    for (const file of options.files) {
      const { size } = await storeUploadedFile({ store, name: file.name, path: file.path });
      let text = "";
      for await (const chunk of readTextChunks({ path: file.path, fileName: file.name })) text += chunk;
      sink.addRow({ path: file.name, text });
      await sink.writer.drain();
      files.push({ path: file.name, contentType: file.name.toLowerCase().endsWith(".md") ? "text/markdown" : "text/plain", sizeBytes: size });
    }
    return { format: "text", rowCount: sink.rowCount, columns: await sink.finish(), files };
  } catch (error) {
    sink.writer.abort();
    throw error;
  }
}
