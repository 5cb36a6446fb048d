// What an ingested dataset version is: the shape stored beside the version and read back by
// pages and exports. Zod, so a stored result read from the database can be parsed, not trusted.
import { z } from "zod";

export const ZColumnType = z.enum(["number", "integer", "boolean", "string", "datetime"]);
export type TColumnType = z.infer<typeof ZColumnType>;

export const ZColumnStats = z.object({
  name: z.string(),
  type: ZColumnType,
  nulls: z.number().int(),
  distinct: z.number().int(),
  min: z.union([z.number(), z.string()]).optional(),
  max: z.union([z.number(), z.string()]).optional(),
  mean: z.number().optional(),
  histogram: z.object({ edges: z.array(z.number()), counts: z.array(z.number().int()) }).optional(),
});
export type TColumnStats = z.infer<typeof ZColumnStats>;

export const ZIngestedFile = z.object({
  path: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  width: z.number().int().optional(),
  height: z.number().int().optional(),
});
export type TIngestedFile = z.infer<typeof ZIngestedFile>;

export const ZIngestResult = z.object({
  format: z.enum(["table", "images", "text"]),
  rowCount: z.number().int(),
  columns: z.array(ZColumnStats),
  files: z.array(ZIngestedFile),
});
export type TIngestResult = z.infer<typeof ZIngestResult>;

export type TFileType = "csv" | "jsonl" | "parquet" | "zip" | "png" | "jpeg" | "gif" | "webp" | "text";
export type TImageType = "png" | "jpeg" | "gif" | "webp";

export const IMAGE_CONTENT_TYPES: Record<TImageType, string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
};

export type TIngestLimits = {
  /** Bytes across the whole upload once unzipped. */
  maxTotalBytes: number;
  /** Images or text files in one upload, zip entries included. */
  maxEntries: number;
};

export const DEFAULT_INGEST_LIMITS: TIngestLimits = {
  maxTotalBytes: 2 * 1024 ** 3,
  maxEntries: 200_000,
};

/** Every this many rows, rows.idx holds the byte offset of the row in rows.jsonl. */
export const ROWS_PER_INDEX_BLOCK = 1000;
