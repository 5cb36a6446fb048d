// Editing a project as it runs: its labels (colours, hotkeys; a label in use keeps its name),
// instructions, and who is assigned. Unassigned people lose their holds on its items.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { checkAnnotators } from "./check-annotators";
import { findAuthorizedProject } from "./find-authorized-project";
import type { TUpdateLabelingProjectBody } from "./schemas";

export async function updateLabelingProject(actor: TActor | null, input: { projectId: string; body: TUpdateLabelingProjectBody }) {
  const project = await findAuthorizedProject(actor, input.projectId, "labeling.manage");
  const { labels, instructions, annotatorIds } = input.body;
  if (labels) {
    const kept = new Set(labels.map((label) => label.name));
    const dropped = project.labels.filter((label) => !kept.has(label.name)).map((label) => label.name);
    if (dropped.length && (await db.annotation.count({ where: { projectId: project.id, status: { not: "SKIPPED" } } })) > 0) {
      throw new AppError("bad_input", `Annotations exist already: "${dropped[0]}" cannot be removed or renamed now (its colour and hotkey can change).`);
    }
  }
  const assigned = annotatorIds && (await checkAnnotators(project.teamId, annotatorIds));
  await db.$transaction(async (tx) => {
    await tx.labelingProject.update({
      where: { id: project.id },
      data: { ...(labels && { labels: labels as Prisma.InputJsonValue }), ...(instructions !== undefined && { instructions }) },
    });
    if (!assigned) return;
    await tx.labelingAssignment.deleteMany({ where: { projectId: project.id, userId: { notIn: assigned } } });
    await tx.labelingLock.deleteMany({ where: { item: { projectId: project.id }, userId: { notIn: assigned } } });
    await tx.labelingAssignment.createMany({ data: assigned.map((userId) => ({ projectId: project.id, userId })), skipDuplicates: true });
  });
  return { id: project.id };
}
