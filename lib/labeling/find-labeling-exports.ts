// A project's latest exports with their progress: what its page shows and polls while one runs.
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedProject } from "./find-authorized-project";

export async function findExportsOf(projectId: string) {
  const rows = await db.labelingExport.findMany({ where: { projectId }, orderBy: { createdAt: "desc" }, take: 10 });
  return rows.map((e) => ({
    id: e.id,
    format: e.format,
    status: e.status.toLowerCase() as "running" | "succeeded" | "failed",
    doneItems: e.doneItems,
    totalItems: e.totalItems,
    fileName: e.fileName,
    error: e.error,
    createdAt: e.createdAt,
  }));
}

export async function findLabelingExports(actor: TActor | null, projectId: string) {
  const project = await findAuthorizedProject(actor, projectId, "labeling.manage");
  return { exports: await findExportsOf(project.id) };
}
