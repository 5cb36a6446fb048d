// A finished export's file, for those who manage the project.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { openArtifact } from "@/lib/artifacts/artifact-store";
import type { TFileAnswer } from "@/lib/http/file-answer";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedProject } from "./find-authorized-project";
import { findExportFormat } from "./formats/export-formats";

export async function downloadLabelingExport(actor: TActor | null, input: { projectId: string; exportId: string }): Promise<TFileAnswer> {
  const project = await findAuthorizedProject(actor, input.projectId, "labeling.manage");
  const row = await db.labelingExport.findFirst({ where: { id: input.exportId, projectId: project.id } });
  if (!row) throw new AppError("not_found", "This export does not exist.");
  if (row.status !== "SUCCEEDED" || !row.artifactKey || !row.fileName) throw new AppError("conflict", row.status === "RUNNING" ? "This export is still running." : "This export failed.");
  const { size, chunks } = await openArtifact(row.artifactKey);
  return { fileName: row.fileName, size, chunks, contentType: findExportFormat(row.format).contentType };
}
