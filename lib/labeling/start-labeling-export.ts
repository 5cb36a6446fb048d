// Exports a project's final labels in the background: the request answers at once with the
// export's id; the file is written as batches are read (progress kept on the row), then kept
// as an artifact for download. A failure is recorded on the row, never left running silently.
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { db } from "@/lib/db";
import { artifactPath } from "@/lib/artifacts/artifact-store";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedProject } from "./find-authorized-project";
import { assertFormatFits, findExportFormat, type TExportFormat } from "./formats/export-formats";
import { exportLabels } from "./formats/export-labels";
import { readLabeledBatches } from "./read-labeled-batches";
import type { TLabel, TLabelingTemplate } from "./results";

export function exportKey(exportId: string, fileName: string) {
  return `labeling-exports/${exportId}/${fileName}`;
}

async function writeExport(input: { exportId: string; projectId: string; format: TExportFormat; template: TLabelingTemplate; labels: TLabel[]; fileName: string }) {
  const key = exportKey(input.exportId, input.fileName);
  const file = artifactPath(key);
  const partial = `${file}.partial`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const batches = readLabeledBatches(input.projectId, async (done) => {
      await db.labelingExport.update({ where: { id: input.exportId }, data: { doneItems: done } });
    });
    const chunks = exportLabels({ format: input.format, template: input.template, labels: input.labels, batches });
    await pipeline(Readable.from(chunks), createWriteStream(partial));
    await rename(partial, file);
    await db.labelingExport.update({ where: { id: input.exportId }, data: { status: "SUCCEEDED", artifactKey: key, finishedAt: new Date() } });
  } catch (error) {
    await rm(partial, { force: true });
    const message = error instanceof Error ? error.message : String(error);
    await db.labelingExport.update({ where: { id: input.exportId }, data: { status: "FAILED", error: message.slice(0, 1000), finishedAt: new Date() } });
  }
}

export async function startLabelingExport(actor: TActor | null, input: { projectId: string; format: TExportFormat }) {
  const project = await findAuthorizedProject(actor, input.projectId, "labeling.manage");
  assertFormatFits(input.format, project.templateName);
  const info = findExportFormat(input.format);
  const slug = project.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "labels";
  const fileName = `${slug}-${input.format}.${info.fileExtension}`;
  const row = await db.labelingExport.create({
    data: { projectId: project.id, format: input.format, totalItems: project.itemCount, fileName, createdById: project.caller.userId },
  });
  // Not awaited: the export outlives the request; its row tells how far it got.
  void writeExport({ exportId: row.id, projectId: project.id, format: input.format, template: project.templateName, labels: project.labels, fileName });
  return { id: row.id };
}
