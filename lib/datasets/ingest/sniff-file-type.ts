// What an uploaded file is, decided by its bytes. The name only chooses between text kinds
// (a CSV and a JSON Lines file look alike at the byte level), and must not contradict the
// content: a ".png" that is not a PNG is refused rather than stored as one.
import path from "node:path";
import { AppError } from "@/lib/errors";
import type { TFileType } from "./schemas";

type TBinaryType = Exclude<TFileType, "csv" | "jsonl" | "text">;

const MAGIC: { type: TBinaryType; matches: (head: Buffer) => boolean }[] = [
  { type: "parquet", matches: (h) => h.subarray(0, 4).toString("latin1") === "PAR1" },
  // PK\x05\x06 is an empty zip's only record: still a zip, refused later for holding nothing.
  { type: "zip", matches: (h) => h[0] === 0x50 && h[1] === 0x4b && ((h[2] === 3 && h[3] === 4) || (h[2] === 5 && h[3] === 6)) },
  { type: "png", matches: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: "jpeg", matches: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  { type: "gif", matches: (h) => ["GIF87a", "GIF89a"].includes(h.subarray(0, 6).toString("latin1")) },
  { type: "webp", matches: (h) => h.subarray(0, 4).toString("latin1") === "RIFF" && h.subarray(8, 12).toString("latin1") === "WEBP" },
];

const NAMED_TYPES: Record<string, TFileType> = {
  ".csv": "csv",
  ".tsv": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "jsonl",
  ".txt": "text",
  ".md": "text",
  ".parquet": "parquet",
  ".zip": "zip",
  ".png": "png",
  ".jpg": "jpeg",
  ".jpeg": "jpeg",
  ".gif": "gif",
  ".webp": "webp",
};

const DESCRIPTIONS: Record<TFileType, string> = {
  csv: "CSV text",
  jsonl: "JSON Lines text",
  text: "plain text",
  parquet: "a Parquet file",
  zip: "a zip file",
  png: "a PNG image",
  jpeg: "a JPEG image",
  gif: "a GIF image",
  webp: "a WebP image",
};

const MARKUP_EXTENSIONS = new Set([".svg", ".svgz", ".html", ".htm", ".xhtml"]);
// Only the very start counts: a Markdown file may well contain HTML further down.
const MARKUP_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:\?xml|svg|!doctype\s+(?:html|svg)|html)\b/i;

function refuseMarkup(fileName: string): never {
  throw new AppError("bad_input", `${fileName} is not taken: only PNG, JPEG, GIF and WebP images are taken (SVG and HTML are not).`);
}

function isUtf8Text(head: Buffer) {
  if (head.includes(0)) return false;
  try {
    // stream: true forgives a character cut in two at the end of the head.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function checkJsonLinesStart(head: Buffer, fileName: string) {
  const first = head.toString("utf8").replace(/^\uFEFF/, "").trimStart()[0];
  if (first === "[") throw new AppError("bad_input", `${fileName} holds a JSON array; upload JSON Lines instead: one JSON object per line.`);
  if (first !== "{") throw new AppError("bad_input", `${fileName} does not start with a JSON object; JSON Lines files hold one object per line.`);
}

/** The file's kind from its first bytes (a few KiB are plenty) and its name. */
export function sniffFileType(head: Buffer, fileName: string): TFileType {
  if (head.length === 0) throw new AppError("bad_input", `${fileName} is empty.`);
  const extension = path.extname(fileName).toLowerCase();
  if (MARKUP_EXTENSIONS.has(extension)) refuseMarkup(fileName);
  const named: TFileType | undefined = NAMED_TYPES[extension];
  const binary = MAGIC.find((magic) => magic.matches(head))?.type;
  if (binary) {
    if (named && named !== binary) {
      throw new AppError("bad_input", `${fileName} is named as ${DESCRIPTIONS[named]} but its content is ${DESCRIPTIONS[binary]}.`);
    }
    return binary;
  }
  if (named && !["csv", "jsonl", "text"].includes(named)) {
    throw new AppError("bad_input", `${fileName} is named as ${DESCRIPTIONS[named]} but its content is not ${DESCRIPTIONS[named]}.`);
  }
  if (MARKUP_START.test(head.toString("utf8"))) refuseMarkup(fileName);
  if (!isUtf8Text(head)) {
    const what = named ? `named as ${DESCRIPTIONS[named]} but its content is binary or not UTF-8` : "binary or not UTF-8 text";
    throw new AppError("bad_input", `${fileName} is ${what}. Text files must be saved as UTF-8.`);
  }
  if (!named) {
    throw new AppError(
      "bad_input",
      `${fileName} is not a kind of file the studio takes: upload CSV (.csv, .tsv), JSON Lines (.jsonl), Parquet, text (.txt, .md), PNG, JPEG, GIF, WebP or zip files.`,
    );
  }
  if (named === "jsonl") checkJsonLinesStart(head, fileName);
  return named;
}
