// A page of a table's (or a text dataset's) rows, read from the stored rows without reading
// the rows before it.
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { readRows } from "./ingest/read-rows";
import { datasetVersionDir } from "./dataset-storage";
import { findReadableVersion } from "./find-readable-version";
import type { TRowsPage } from "./schemas";

export async function readDatasetRows(actor: TActor | null, input: { datasetId: string; number: number; offset: number; limit: number }): Promise<TRowsPage> {
  const version = await findReadableVersion(actor, input);
  authorize(actor, "dataset.read", version);
  if (version.format === "IMAGES") throw new AppError("bad_input", "An image dataset has files, not rows.");
  const rows = input.offset >= version.rowCount ? [] : await readRows({ dir: datasetVersionDir(version.id), offset: input.offset, limit: input.limit });
  return { total: version.rowCount, offset: input.offset, rows };
}
