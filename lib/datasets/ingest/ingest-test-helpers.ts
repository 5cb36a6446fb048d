// Shared by the ingest tests: a scratch folder per test, files written into it, and real
// image bytes (a PNG made with zlib, so image-size has true dimensions to read).
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { onTestFinished } from "vitest";
import { AppError } from "@/lib/errors";

/** A fresh folder, removed when the test ends. */
export async function makeScratchFolder() {
  const dir = await mkdtemp(path.join(tmpdir(), "ingest-test-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes an upload into dir and returns it as ingestDataset takes it. */
export async function writeUpload(dir: string, name: string, content: string | Uint8Array) {
  // Stored under a name of its own, as an upload's temporary file would be.
  const filePath = path.join(dir, `upload-${Math.random().toString(36).slice(2)}`);
  await writeFile(filePath, content);
  return { name, path: filePath };
}

function pngChunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid greyscale PNG of the given size. */
export function encodePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const scanlines = Buffer.alloc((width + 1) * height); // filter byte 0, then black pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(scanlines)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A minimal GIF header: image-size reads the logical screen size from it. */
export function encodeGifHeader(width: number, height: number): Buffer {
  const buffer = Buffer.alloc(13);
  buffer.write("GIF89a", 0, "latin1");
  buffer.writeUInt16LE(width, 6);
  buffer.writeUInt16LE(height, 8);
  return buffer;
}

/** What the promise was refused with, for checking code and message together. */
export async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal, but it succeeded");
}

export async function readJsonLines(file: string) {
  return (await readFile(file, "utf8")).trimEnd().split("\n").map((line) => JSON.parse(line));
}

export async function listFolder(dir: string) {
  return (await readdir(dir)).sort();
}
