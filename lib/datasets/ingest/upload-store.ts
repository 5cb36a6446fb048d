// The files of one upload as they are stored under files/: each path taken once, the
// upload's limits on count and bytes enforced as bytes arrive, and every image measured.
import { imageSize } from "image-size";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { IMAGE_CONTENT_TYPES, type TImageType, type TIngestedFile, type TIngestLimits } from "./schemas";
import { sniffFileType } from "./sniff-file-type";

/** image-size needs no more than this of a file to find its dimensions. */
export const IMAGE_HEAD_BYTES = 512 * 1024;

export class UploadStore {
  readonly files: TIngestedFile[] = [];
  private readonly paths = new Set<string>();
  private readonly folders = new Set<string>();
  private entries = 0;
  private bytes = 0;

  constructor(
    readonly root: string,
    private readonly limits: TIngestLimits,
  ) {}

  /** Counts an entry (of a zip, or a file) against the limit on entries. */
  countEntry() {
    if (++this.entries > this.limits.maxEntries) {
      throw new AppError("payload_too_large", `The upload holds more than ${this.limits.maxEntries.toLocaleString("en")} files; split it into smaller ones.`);
    }
  }

  countBytes(count: number) {
    this.bytes += count;
    if (this.bytes > this.limits.maxTotalBytes) {
      throw new AppError("payload_too_large", `The upload is larger than ${formatBytes(this.limits.maxTotalBytes)} once unzipped; split it into smaller ones.`);
    }
  }

  /** Reserves a path, refusing one given twice or one that is also a folder. Returns where it goes on disk. */
  claim(filePath: string, where: string) {
    const folders = filePath.split("/").slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join("/"));
    if (this.paths.has(filePath)) throw new AppError("bad_input", `${where}: the path "${filePath}" is given twice in the upload.`);
    if (this.folders.has(filePath) || folders.some((folder) => this.paths.has(folder))) {
      throw new AppError("bad_input", `${where}: "${filePath}" would be both a file and a folder in the upload.`);
    }
    this.paths.add(filePath);
    for (const folder of folders) this.folders.add(folder);
    const target = path.join(this.root, ...filePath.split("/"));
    // Names are checked before they get here; this is the last guard, not the first.
    if (!target.startsWith(this.root + path.sep)) throw new AppError("bad_input", `${where}: "${filePath}" is not a path inside the upload.`);
    return target;
  }

  /** Records a stored file, once its first bytes show it is an image and how large.
   * zipName, for an entry of a zip, starts every message so the user knows where to look. */
  addImage(options: { path: string; head: Buffer; sizeBytes: number; zipName?: string }) {
    const where = options.zipName ? `${options.zipName}: ` : "";
    const type = checkImageType(options);
    let dimensions: { width: number; height: number };
    try {
      dimensions = imageSize(options.head);
    } catch (error) {
      throw new AppError("bad_input", `${where}${options.path} could not be read as an image: ${(error as Error).message}.`);
    }
    this.files.push({
      path: options.path,
      contentType: IMAGE_CONTENT_TYPES[type],
      sizeBytes: options.sizeBytes,
      width: dimensions.width,
      height: dimensions.height,
    });
  }
}

/** The image's type from its first bytes, or a refusal that says where the file is. */
export function checkImageType(options: { path: string; head: Buffer; zipName?: string }): TImageType {
  const where = options.zipName ? `${options.zipName}: ` : "";
  let type: string;
  try {
    type = sniffFileType(options.head, options.path);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, where + error.message);
    throw error;
  }
  if (!(type in IMAGE_CONTENT_TYPES)) {
    throw new AppError("bad_input", `${where}${options.path} is not an image: images come as PNG, JPEG, GIF or WebP files, or zips of them.`);
  }
  return type as TImageType;
}

export function formatBytes(bytes: number) {
  const units = ["bytes", "KiB", "MiB", "GiB", "TiB"];
  let unit = 0;
  while (bytes >= 1024 && unit < units.length - 1) [bytes, unit] = [bytes / 1024, unit + 1];
  return `${Number.isInteger(bytes) ? bytes : bytes.toFixed(1)} ${units[unit]}`;
}
