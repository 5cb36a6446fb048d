import { z } from "zod";

const ZId = z.string().min(1).max(64);

/** The largest file one upload takes (chunks add up to it). */
export const MAX_UPLOAD_BYTES = 5 * 2 ** 30;
/** The largest chunk one request carries: the browser sends 8 MB ones. */
export const MAX_UPLOAD_CHUNK_BYTES = 16 * 2 ** 20;

export const ZDatasetName = z
  .string()
  .trim()
  .min(1, "Name the dataset.")
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "A dataset name is letters, digits, dots, dashes and underscores, as code refers to it by name.");

export const ZCreateUploadBody = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .refine((name) => !/[/\\\0]/.test(name), "A file name has no slashes."),
  sizeBytes: z.number().int().min(1, "The file is empty.").max(MAX_UPLOAD_BYTES, `A file takes at most ${MAX_UPLOAD_BYTES / 2 ** 30} GB.`),
});
export type TCreateUploadBody = z.infer<typeof ZCreateUploadBody>;

export const ZUploadParams = z.object({ id: ZId });
export const ZUploadChunkQuery = z.object({ offset: z.coerce.number().int().min(0) });

export const ZUpload = z.object({ id: z.string(), fileName: z.string(), sizeBytes: z.number(), receivedBytes: z.number() });
export type TUpload = z.infer<typeof ZUpload>;

export const ZCreateDatasetVersionBody = z.object({
  name: ZDatasetName,
  description: z.string().trim().max(2000).optional(),
  note: z.string().trim().max(2000).default(""),
  uploadIds: z.array(ZId).min(1, "Add at least one file.").max(10_000),
});
export type TCreateDatasetVersionBody = z.input<typeof ZCreateDatasetVersionBody>;

export const ZDatasetFormatName = z.enum(["table", "images", "text"]);
export type TDatasetFormatName = z.infer<typeof ZDatasetFormatName>;

export const ZColumnStats = z.object({
  name: z.string(),
  type: z.enum(["number", "integer", "boolean", "string", "datetime"]),
  nulls: z.number(),
  distinct: z.number(),
  min: z.union([z.number(), z.string()]).optional(),
  max: z.union([z.number(), z.string()]).optional(),
  mean: z.number().optional(),
  histogram: z.object({ edges: z.array(z.number()), counts: z.array(z.number()) }).optional(),
});
export type TColumnStatsView = z.infer<typeof ZColumnStats>;

export const ZDatasetVersionSummary = z.object({
  id: z.string(),
  number: z.number(),
  format: ZDatasetFormatName,
  sizeBytes: z.number(),
  rowCount: z.number(),
  note: z.string(),
  createdAt: z.date(),
  createdBy: z.string(),
});
export type TDatasetVersionSummary = z.infer<typeof ZDatasetVersionSummary>;

export const ZDatasetSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  versionCount: z.number(),
  latest: ZDatasetVersionSummary.nullable(),
});
export type TDatasetSummary = z.infer<typeof ZDatasetSummary>;

export const ZFindDatasetsQuery = z.object({ name: ZDatasetName.optional() });
export const ZDatasetList = z.object({ datasets: z.array(ZDatasetSummary) });

export const ZDatasetParams = z.object({ id: ZId });
export const ZDatasetVersionParams = z.object({ id: ZId, number: z.coerce.number().int().min(1) });

export const ZDatasetDetail = ZDatasetSummary.omit({ latest: true }).extend({
  versions: z.array(ZDatasetVersionSummary.extend({ columns: z.array(ZColumnStats) })),
});
export type TDatasetDetail = z.infer<typeof ZDatasetDetail>;

export const ZPageQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ZRowsPage = z.object({ total: z.number(), offset: z.number(), rows: z.array(z.record(z.string(), z.unknown())) });
export type TRowsPage = z.infer<typeof ZRowsPage>;

export const ZDatasetFile = z.object({
  path: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  width: z.number().nullable(),
  height: z.number().nullable(),
});
export type TDatasetFile = z.infer<typeof ZDatasetFile>;
export const ZFilesPage = z.object({ total: z.number(), offset: z.number(), files: z.array(ZDatasetFile) });
export type TFilesPage = z.infer<typeof ZFilesPage>;

/** A file by its path in the version; Next gives a catch-all segment's parts ([...path]). */
export const ZDatasetFileParams = ZDatasetVersionParams.extend({
  path: z.preprocess((parts) => (Array.isArray(parts) ? parts.join("/") : parts), z.string().min(1).max(1000)),
});
