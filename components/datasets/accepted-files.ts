// The files the studio reads into a dataset (lib/datasets/ingest), checked in the browser so
// that a wrong file is refused before its bytes are sent, not after.
import { MAX_UPLOAD_BYTES } from "@/lib/datasets/schemas";
import { formatSize } from "@/components/ui/format-size";

export const ACCEPTED_EXTENSIONS = [".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".zip", ".txt"];

/** For <input accept>: the file picker offers these first. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.join(",");

export const ACCEPTED_HINT = "Tables (.csv, .tsv, .jsonl, .ndjson, .json, .parquet), images (.png, .jpg, .jpeg, .gif, .webp, or a .zip of them) or text (.txt).";

function extensionOf(name: string) {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
}

/** Why the studio would refuse this file, or null when it takes it. */
export function refusalOf(file: { name: string; size: number }): string | null {
  if (!ACCEPTED_EXTENSIONS.includes(extensionOf(file.name))) return `${file.name} is not a file the studio reads.`;
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > MAX_UPLOAD_BYTES) return `${file.name} is ${formatSize(file.size)}; a file takes at most ${MAX_UPLOAD_BYTES / 2 ** 30} GB.`;
  return null;
}
