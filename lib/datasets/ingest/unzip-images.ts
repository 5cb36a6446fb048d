// A zip of images unpacked into the upload's files/ folder as it is read: fflate's streaming
// Unzip takes the archive in small slices, and every slice's output is written (and counted
// against the limits) before the next is read, so neither memory nor a zip bomb's claims
// get ahead of the checks.
import { createReadStream } from "node:fs";
import { mkdir, open, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { Unzip, UnzipInflate, type UnzipFile } from "fflate";
import { AppError } from "@/lib/errors";
import { checkImageType, IMAGE_HEAD_BYTES, type UploadStore } from "./upload-store";
import { readZipDirectoryCount } from "./zip-directory-count";
import { checkZipEntryPath } from "./zip-entry-path";

// Deflate can expand ~1,000-fold: a 64 KiB slice inflates to at most some 64 MiB at once.
const SLICE_BYTES = 64 * 1024;
// Enough of an entry to tell an image from anything else, so a big non-image fails early.
const SNIFF_BYTES = 32;

export async function unzipImages(options: { zipPath: string; zipName: string; store: UploadStore }) {
  const { zipName, store } = options;
  let failure: unknown;
  let work: Promise<void> = Promise.resolve();
  const unfinished = new Set<string>();
  const handles = new Set<FileHandle>();

  let entries = 0;
  const takeEntry = (file: UnzipFile) => {
    entries++;
    store.countEntry();
    if (checkZipEntryPath({ name: file.name, zipName }) === "skip") {
      file.ondata = () => {}; // started anyway: an entry never started is kept in memory
      file.start();
      return;
    }
    const target = store.claim(file.name, zipName);
    const head: Buffer[] = [];
    let headBytes = 0;
    let size = 0;
    let handle: FileHandle | undefined;
    unfinished.add(file.name);
    file.ondata = (error, data, final) => {
      if (failure) return;
      try {
        if (error) throw new AppError("bad_input", `${zipName}: the entry "${file.name}" could not be unzipped (${error.message}).`);
        store.countBytes(data.length);
        const chunk = Buffer.from(data); // a copy: fflate may reuse its buffer before the write
        size += chunk.length;
        if (headBytes < IMAGE_HEAD_BYTES) {
          const wasShort = headBytes < SNIFF_BYTES;
          head.push(chunk.subarray(0, IMAGE_HEAD_BYTES - headBytes));
          headBytes += Math.min(chunk.length, IMAGE_HEAD_BYTES - headBytes);
          if (wasShort && (headBytes >= SNIFF_BYTES || final)) checkImageType({ path: file.name, head: Buffer.concat(head), zipName });
        }
        work = work.then(async () => {
          if (!handle) {
            await mkdir(path.dirname(target), { recursive: true });
            handles.add((handle = await open(target, "wx")));
          }
          if (chunk.length) await handle.write(chunk);
          if (!final) return;
          await handle.close();
          handles.delete(handle);
          store.addImage({ path: file.name, head: Buffer.concat(head), sizeBytes: size, zipName });
          unfinished.delete(file.name);
        });
      } catch (caught) {
        failure = caught;
      }
    };
    file.start();
  };

  const unzipper = new Unzip(takeEntry);
  unzipper.register(UnzipInflate);
  const push = (slice: Uint8Array, final: boolean) => {
    try {
      unzipper.push(slice, final);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError("bad_input", `${zipName} is not a valid zip, or is cut short (${(error as Error).message}).`);
    }
    if (failure) throw failure;
  };
  try {
    for await (const chunk of createReadStream(options.zipPath, { highWaterMark: SLICE_BYTES })) {
      push(chunk as Buffer, false);
      await work;
    }
    push(new Uint8Array(0), true);
    await work;
    if (unfinished.size > 0) throw new AppError("bad_input", `${zipName} is cut short: "${[...unfinished][0]}" does not end.`);
    const listed = await readZipDirectoryCount({ path: options.zipPath });
    if (listed === undefined) throw new AppError("bad_input", `${zipName} is cut short: its table of contents is missing.`);
    // A directory that disagrees with the entries read means a damaged or tampered archive.
    if (listed !== null && listed !== entries % 0x10000) {
      throw new AppError("bad_input", `${zipName} is damaged: its table of contents lists ${listed} entries, the archive holds ${entries}.`);
    }
  } finally {
    await work.catch(() => {}); // a write still under way when a check failed
    await Promise.allSettled([...handles].map((handle) => handle.close()));
  }
}
