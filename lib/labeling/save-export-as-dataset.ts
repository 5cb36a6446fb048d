// Turns a finished CSV export into a version of a dataset, so that training reads the final
// labels by name like any other data (mlstudio.dataset("street-boxes-labels")). The export's
// file goes through the same reading as an upload: types, statistics, rows.
import { copyFile, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { artifactPath } from "@/lib/artifacts/artifact-store";
import { createDatasetVersion } from "@/lib/datasets/create-dataset-version";
import { uploadFilePath } from "@/lib/datasets/upload-storage";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedProject } from "./find-authorized-project";

export async function saveExportAsDataset(actor: TActor | null, input: { projectId: string; exportId: string; name: string }) {
  const project = await findAuthorizedProject(actor, input.projectId, "labeling.manage");
  const row = await db.labelingExport.findFirst({ where: { id: input.exportId, projectId: project.id } });
  if (!row) throw new AppError("not_found", "This export does not exist.");
  if (row.format !== "csv") throw new AppError("bad_input", "Only a CSV export becomes a dataset version: export as CSV first.");
  if (row.status !== "SUCCEEDED" || !row.artifactKey || !row.fileName) throw new AppError("conflict", "This export is not finished.");
  const source = artifactPath(row.artifactKey);
  const { size } = await stat(source);
  const upload = await db.upload.create({
    data: { teamId: project.teamId, userId: project.caller.userId, fileName: row.fileName, sizeBytes: size, receivedBytes: size },
  });
  await mkdir(path.dirname(uploadFilePath(upload.id)), { recursive: true });
  await copyFile(source, uploadFilePath(upload.id));
  return createDatasetVersion(project.caller, { name: input.name, uploadIds: [upload.id], note: `Labels of ${project.name}, exported ${row.createdAt.toISOString().slice(0, 10)}` });
}
