// The artifact store: files kept by key (e.g. "runs/<id>/model/model.pkl") in a folder of the
// data directory. A key is relative and never leaves the folder, whatever it is made of.
import { createReadStream } from "node:fs";
import { mkdir, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";

function storeRoot() {
  return path.join(loadConfig().dataDir, "artifacts");
}

/** Where a key lives on disk, for what is written as a folder (a dataset version's files). */
export function artifactPath(key: string) {
  const root = storeRoot();
  const file = path.resolve(root, key);
  if (!file.startsWith(root + path.sep)) throw new AppError("bad_input", `"${key}" is not a path inside the artifact store.`);
  return file;
}

/** Written whole or not at all: a reader never sees half a file. */
export async function writeArtifact(key: string, data: Buffer) {
  const file = artifactPath(key);
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, data);
  await rename(partial, file);
}

async function* readChunks(file: string): AsyncGenerator<Buffer> {
  yield* createReadStream(file);
}

/** The file's size, and its bytes as they are read: the file is opened when reading starts,
 * so a download refused or never sent after this holds nothing open. */
export async function openArtifact(key: string) {
  const file = artifactPath(key);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new AppError("not_found", "This file is not in the artifact store.");
  return { size: info.size, chunks: readChunks(file) };
}
