// File names inside an exported zip, derived from image paths. Image paths come from
// uploads, so they are cleaned: no absolute paths, no "..", no backslashes, so unpacking
// the archive cannot write outside its folder.
import { AppError } from "@/lib/errors";

export function toArchivePath(path: string): string {
  const parts = path.split(/[\\/]+/).filter((part) => part !== "" && part !== "." && part !== "..");
  if (parts.length === 0) throw new AppError("bad_input", `"${path}" is not a usable file name.`);
  return parts.join("/");
}

/** "cats/001.jpg" → "cats/001.txt"; a name without an extension gets one. */
export function replaceExtension(path: string, extension: string): string {
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  const stem = dot > slash + 1 ? path.slice(0, dot) : path;
  return `${stem}.${extension}`;
}

/** Splits "cats/001.jpg" into its folder ("cats", or "" at the top) and file name. */
export function splitArchivePath(path: string): { folder: string; filename: string } {
  const slash = path.lastIndexOf("/");
  return { folder: slash < 0 ? "" : path.slice(0, slash), filename: path.slice(slash + 1) };
}

/**
 * Remembers the names written so far. Two images that differ only in extension
 * ("a.jpg", "a.png") would share one label file, which the format cannot express.
 */
export class ArchiveNames {
  private readonly names = new Set<string>();

  claim(name: string, imagePath: string) {
    if (this.names.has(name)) throw new AppError("bad_input", `Two images map to ${name} (one of them is "${imagePath}"); rename one to export this format.`);
    this.names.add(name);
    return name;
  }
}
