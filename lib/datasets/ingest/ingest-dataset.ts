// Uploaded files into a dataset version's stored form, in a folder of its own:
//   rows.jsonl + rows.idx   the rows of a table or of text files (see readRows)
//   files/<path>            every uploaded file or zip entry, as uploaded
// Everything is written into a scratch folder beside outDir and renamed into place at the
// end, so a failed upload leaves nothing behind, not even half a folder.
import { mkdir, mkdtemp, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { ingestImages } from "./ingest-images";
import { ingestTable } from "./ingest-table";
import { ingestText } from "./ingest-text";
import { readHead } from "./read-head";
import { DEFAULT_INGEST_LIMITS, type TFileType, type TIngestLimits, type TIngestResult } from "./schemas";
import { sniffFileType } from "./sniff-file-type";

type TTypedFile = { name: string; path: string; type: TFileType };
type TKind = TIngestResult["format"];

const KIND_OF: Record<TFileType, TKind> = { csv: "table", jsonl: "table", parquet: "table", text: "text", zip: "images", png: "images", jpeg: "images", gif: "images", webp: "images" };
const KIND_NAMES: Record<TKind, string> = { table: "a table", images: "images", text: "text files" };
const SNIFF_BYTES = 4096;

/** The one kind of data the files make up, or a refusal that names files of each kind. */
function pickKind(files: TTypedFile[]): TKind {
  const byKind = new Map<TKind, TTypedFile>();
  for (const file of files) if (!byKind.has(KIND_OF[file.type])) byKind.set(KIND_OF[file.type], file);
  if (byKind.size > 1) {
    const parts = [...byKind].map(([kind, file]) => `${KIND_NAMES[kind]} (${file.name})`);
    throw new AppError("bad_input", `This upload mixes ${parts.join(" and ")}; upload one kind of data at a time.`);
  }
  const [kind] = byKind.keys();
  const tables = files.filter((file) => KIND_OF[file.type] === "table");
  if (tables.length > 1) {
    throw new AppError("bad_input", `A table is uploaded as one file; this upload has ${tables.length} (${tables.slice(0, 3).map((file) => file.name).join(", ")}${tables.length > 3 ? ", …" : ""}).`);
  }
  return kind;
}

export async function ingestDataset(options: {
  files: { name: string; path: string }[];
  outDir: string;
  limits?: Partial<TIngestLimits>;
}): Promise<TIngestResult> {
  const limits: TIngestLimits = { ...DEFAULT_INGEST_LIMITS, ...options.limits };
  if (options.files.length === 0) throw new AppError("bad_input", "Choose at least one file to upload.");
  if (options.files.length > limits.maxEntries) throw new AppError("payload_too_large", `The upload holds more than ${limits.maxEntries.toLocaleString("en")} files.`);
  const files: TTypedFile[] = [];
  // One at a time: an upload of thousands of images must not open thousands of files at once.
  for (const file of options.files) files.push({ ...file, type: sniffFileType(await readHead({ path: file.path, bytes: SNIFF_BYTES }), file.name) });
  const kind = pickKind(files);

  const outDir = path.resolve(options.outDir);
  await mkdir(path.dirname(outDir), { recursive: true });
  // The caller picks a fresh folder per version; an existing one is a bug, not bad input.
  if (await stat(outDir).then(() => true, () => false)) throw new Error(`${outDir} already exists.`);
  const scratch = await mkdtemp(path.join(path.dirname(outDir), `.${path.basename(outDir)}.partial-`));
  try {
    const dir = scratch;
    const result = kind === "table" ? await ingestTable({ file: files[0], dir, limits }) : kind === "images" ? await ingestImages({ files, dir, limits }) : await ingestText({ files, dir, limits });
    await rename(scratch, outDir);
    return result;
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
}
