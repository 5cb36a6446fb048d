// Makes a new, immutable version of a named dataset (the dataset too, the first time) from
// finished uploads: their content is checked and read (tables get their column statistics),
// stored under the version, and the uploads are used up. Nothing is created if that fails.
import { rm } from "node:fs/promises";
import { Prisma, type DatasetFormat } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeInTeam } from "@/lib/auth/authorize";
import { createSortableId } from "@/lib/kernels/sortable-id";
import type { TActor } from "@/lib/permissions";
import { ingestDataset } from "./ingest/ingest-dataset";
import { datasetVersionDir } from "./dataset-storage";
import { ZCreateDatasetVersionBody, type TCreateDatasetVersionBody } from "./schemas";
import { uploadFilePath } from "./upload-storage";

const FORMAT: Record<"table" | "images" | "text", DatasetFormat> = { table: "TABLE", images: "IMAGES", text: "TEXT" };
const FILE_ROWS_PER_INSERT = 5_000;

async function finishedUploads(actor: { teamId: string; userId: string }, uploadIds: string[]) {
  const uploads = await db.upload.findMany({ where: { id: { in: uploadIds }, teamId: actor.teamId, userId: actor.userId } });
  for (const id of uploadIds) {
    const upload = uploads.find((u) => u.id === id);
    if (!upload) throw new AppError("bad_input", `Upload ${id} does not exist.`);
    if (upload.usedAt) throw new AppError("bad_input", `${upload.fileName} is already part of a dataset version.`);
    if (upload.receivedBytes < upload.sizeBytes) throw new AppError("bad_input", `${upload.fileName} is not finished uploading (${upload.receivedBytes} of ${upload.sizeBytes} bytes).`);
  }
  return uploadIds.map((id) => uploads.find((u) => u.id === id)!);
}

export async function createDatasetVersion(actor: TActor | null, rawInput: TCreateDatasetVersionBody) {
  const input = ZCreateDatasetVersionBody.parse(rawInput);
  const caller = authorizeInTeam(actor, "dataset.edit");
  const uploads = await finishedUploads(caller, input.uploadIds);
  const versionId = createSortableId();
  const outDir = datasetVersionDir(versionId);
  const ingested = await ingestDataset({ files: uploads.map((u) => ({ name: u.fileName, path: uploadFilePath(u.id) })), outDir });
  try {
    const version = await db.$transaction(async (tx) => {
      const dataset = await tx.dataset.upsert({
        where: { teamId_name: { teamId: caller.teamId, name: input.name } },
        create: { teamId: caller.teamId, name: input.name, description: input.description ?? "" },
        update: input.description === undefined ? {} : { description: input.description },
      });
      // The dataset's row is held while numbering, so two versions made at once get 1 and 2.
      await tx.$queryRaw`SELECT id FROM "Dataset" WHERE id = ${dataset.id} FOR UPDATE`;
      const last = await tx.datasetVersion.aggregate({ where: { datasetId: dataset.id }, _max: { number: true } });
      const created = await tx.datasetVersion.create({
        data: {
          id: versionId,
          datasetId: dataset.id,
          teamId: caller.teamId,
          number: (last._max.number ?? 0) + 1,
          format: FORMAT[ingested.format],
          sizeBytes: uploads.reduce((sum, u) => sum + u.sizeBytes, 0),
          rowCount: ingested.rowCount,
          columns: ingested.columns as Prisma.InputJsonValue,
          note: input.note,
          createdById: caller.userId,
        },
      });
      for (let start = 0; start < ingested.files.length; start += FILE_ROWS_PER_INSERT) {
        await tx.datasetFile.createMany({
          data: ingested.files.slice(start, start + FILE_ROWS_PER_INSERT).map((file, index) => ({
            versionId,
            position: start + index,
            path: file.path,
            contentType: file.contentType,
            sizeBytes: file.sizeBytes,
            width: file.width ?? null,
            height: file.height ?? null,
          })),
        });
      }
      const used = await tx.upload.updateMany({ where: { id: { in: input.uploadIds }, usedAt: null }, data: { usedAt: new Date() } });
      if (used.count !== input.uploadIds.length) throw new AppError("conflict", "An upload was used by another version meanwhile.");
      return created;
    }, { timeout: 60_000 });
    await Promise.all(uploads.map((u) => rm(uploadFilePath(u.id), { force: true })));
    return { datasetId: version.datasetId, versionId: version.id, number: version.number };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
