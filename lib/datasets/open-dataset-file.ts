// One stored file of a version, by its path: an image an annotator labels, or the table as
// it was uploaded. Its type is the one checked by content when it was stored.
import path from "node:path";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { openArtifact } from "@/lib/artifacts/artifact-store";
import type { TFileAnswer } from "@/lib/http/file-answer";
import type { TActor } from "@/lib/permissions";
import { datasetVersionKey } from "./dataset-storage";
import { findReadableVersion } from "./find-readable-version";

export async function openDatasetFile(actor: TActor | null, input: { datasetId: string; number: number; path: string }): Promise<TFileAnswer> {
  const version = await findReadableVersion(actor, input);
  const file = await db.datasetFile.findUnique({ where: { versionId_path: { versionId: version.id, path: input.path } }, select: { path: true, contentType: true } });
  if (!file) throw new AppError("not_found", `This version has no file "${input.path}".`);
  const { size, chunks } = await openArtifact(`${datasetVersionKey(version.id)}/files/${file.path}`);
  return { fileName: path.posix.basename(file.path), size, chunks, contentType: file.contentType, isImmutable: true };
}
