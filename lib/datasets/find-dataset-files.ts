// A page of a version's files (an image dataset's grid), in upload order.
import { db } from "@/lib/db";
import { authorize } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { findReadableVersion } from "./find-readable-version";
import type { TFilesPage } from "./schemas";

export async function findDatasetFiles(actor: TActor | null, input: { datasetId: string; number: number; offset: number; limit: number }): Promise<TFilesPage> {
  const version = await findReadableVersion(actor, input);
  authorize(actor, "dataset.read", version);
  const [total, files] = await Promise.all([
    db.datasetFile.count({ where: { versionId: version.id } }),
    db.datasetFile.findMany({
      where: { versionId: version.id, position: { gte: input.offset } },
      orderBy: { position: "asc" },
      take: input.limit,
      select: { path: true, contentType: true, sizeBytes: true, width: true, height: true },
    }),
  ]);
  return { total, offset: input.offset, files };
}
