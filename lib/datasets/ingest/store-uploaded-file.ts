// One file uploaded on its own (not in a zip) copied into the upload's files/ folder, after
// the same checks a zip entry gets: a safe name, given once, within the limits.
import { constants } from "node:fs";
import { copyFile, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import type { UploadStore } from "./upload-store";
import { checkZipEntryPath } from "./zip-entry-path";

export async function storeUploadedFile(options: { store: UploadStore; name: string; path: string }) {
  const { store, name } = options;
  store.countEntry();
  checkZipEntryPath({ name });
  const target = store.claim(name, name);
  const { size } = await stat(options.path);
  store.countBytes(size);
  await mkdir(path.dirname(target), { recursive: true });
  await copyFile(options.path, target, constants.COPYFILE_EXCL);
  return { target, size };
}
