// A labeling project for one of its pages: Next's 404 page when the caller may not see it.
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getLabelingProject } from "@/lib/labeling/get-labeling-project";
import type { TActor } from "@/lib/permissions";

export async function loadLabelingProject(actor: TActor, projectId: string) {
  return getLabelingProject(actor, projectId).catch((error) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
}
