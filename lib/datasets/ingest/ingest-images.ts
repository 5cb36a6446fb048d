// Images uploaded one by one and/or in zips, stored under files/ by their paths (a zip's
// folders kept), each measured; a version of images has one row per image.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { readHead } from "./read-head";
import type { TFileType, TIngestLimits, TIngestResult } from "./schemas";
import { unzipImages } from "./unzip-images";
import { storeUploadedFile } from "./store-uploaded-file";
import { IMAGE_HEAD_BYTES, UploadStore } from "./upload-store";

export async function ingestImages(options: { files: { name: string; path: string; type: TFileType }[]; dir: string; limits: TIngestLimits }): Promise<TIngestResult> {
  const store = new UploadStore(path.join(options.dir, "files"), options.limits);
  await mkdir(store.root);
  for (const file of options.files) {
    if (file.type === "zip") {
      await unzipImages({ zipPath: file.path, zipName: file.name, store });
      continue;
    }
    const { size } = await storeUploadedFile({ store, name: file.name, path: file.path });
    store.addImage({ path: file.name, head: await readHead({ path: file.path, bytes: IMAGE_HEAD_BYTES }), sizeBytes: size });
  }
  if (store.files.length === 0) throw new AppError("bad_input", "The upload holds no images (folders, hidden files and __MACOSX entries in a zip are left out).");
  return { format: "images", rowCount: store.files.length, columns: [], files: store.files };
}
