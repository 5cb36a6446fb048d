// How a version is shown: its rows as the lists and pages read them.
import type { DatasetFormat } from "@prisma/client";
import type { TDatasetFormatName, TDatasetVersionSummary } from "./schemas";

export const VERSION_SUMMARY_SELECT = {
  id: true,
  number: true,
  format: true,
  sizeBytes: true,
  rowCount: true,
  note: true,
  createdAt: true,
  createdBy: { select: { name: true } },
} as const;

type TVersionRow = { id: string; number: number; format: DatasetFormat; sizeBytes: number; rowCount: number; note: string; createdAt: Date; createdBy: { name: string } };

export function versionSummary(row: TVersionRow): TDatasetVersionSummary {
  return { ...row, format: row.format.toLowerCase() as TDatasetFormatName, createdBy: row.createdBy.name };
}
