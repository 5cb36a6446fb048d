// An annotator's answer for an item: submitted or skipped. The item's row is held while it is
// counted, so that 50 people submitting at once keep every overlap rule; submitting the same
// answer twice stores it once; an answer after one's lock expired is taken only if the item
// still has an open slot. Submitting again an item one already answered (going back) changes
// the answer, unless a reviewer accepted it.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedProject } from "./find-authorized-project";
import { resultFitsTemplate, type TResult } from "./results";
import type { TSubmitAnnotationBody } from "./schemas";
import { isSameResult } from "./same-result";
import { updateItemCompletion } from "./update-item-completion";

type TTx = Prisma.TransactionClient;

async function hasOpenSlot(tx: TTx, item: { id: string; annotationCount: number }, overlap: number, userId: string) {
  const othersHolding = await tx.labelingLock.count({ where: { itemId: item.id, userId: { not: userId }, expiresAt: { gt: new Date() } } });
  return item.annotationCount + othersHolding < overlap;
}

export async function submitAnnotation(actor: TActor | null, input: { projectId: string; itemId: string; body: TSubmitAnnotationBody }) {
  const project = await findAuthorizedProject(actor, input.projectId, "labeling.annotate");
  const userId = project.caller.userId;
  const result: TResult | null = input.body.action === "submit" ? input.body.result : null;
  if (result) {
    const problem = resultFitsTemplate(result, project.templateName, project.labels);
    if (problem) throw new AppError("bad_input", problem);
  }
  const leadTimeMs = input.body.action === "submit" ? input.body.leadTimeMs : undefined;
  return db.$transaction(async (tx) => {
    const [item] = await tx.$queryRaw<{ id: string; annotationCount: number; reviewState: string }[]>`
      SELECT id, "annotationCount", "reviewState"::text FROM "LabelingItem" WHERE id = ${input.itemId} AND "projectId" = ${project.id} FOR UPDATE`;
    if (!item) throw new AppError("not_found", "This item is not in the project.");
    const own = await tx.annotation.findUnique({ where: { itemId_annotatorId: { itemId: item.id, annotatorId: userId } } });
    await tx.labelingLock.deleteMany({ where: { itemId: item.id, userId } });
    if (own && own.status !== "SKIPPED") {
      if (!result) throw new AppError("conflict", "You answered this item already; change your answer instead of skipping it.");
      if (own.status === "ACCEPTED" || item.reviewState === "ACCEPTED") throw new AppError("conflict", "A reviewer accepted this item already: your answer can no longer change.");
      if (own.status === "SUBMITTED" && isSameResult(own.result, result)) return { annotationId: own.id, isNew: false };
      await tx.annotation.update({ where: { id: own.id }, data: { result: result as Prisma.InputJsonValue, status: "SUBMITTED", reviewComment: null, ...(leadTimeMs !== undefined && { leadTimeMs }) } });
      if (own.status === "REJECTED") await updateItemCompletion(tx, { itemId: item.id, projectId: project.id, overlap: project.overlap });
      return { annotationId: own.id, isNew: false };
    }
    if (!result) {
      if (own) return { annotationId: own.id, isNew: false };
      const skipped = await tx.annotation.create({ data: { itemId: item.id, projectId: project.id, annotatorId: userId, status: "SKIPPED" } });
      return { annotationId: skipped.id, isNew: true };
    }
    if (!(await hasOpenSlot(tx, item, project.overlap, userId))) {
      throw new AppError("conflict", "This item has all the annotations it needs (your hold on it expired): go on to the next one.");
    }
    const data = { result: result as Prisma.InputJsonValue, status: "SUBMITTED" as const, leadTimeMs: leadTimeMs ?? null };
    const annotation = own
      ? await tx.annotation.update({ where: { id: own.id }, data })
      : await tx.annotation.create({ data: { ...data, itemId: item.id, projectId: project.id, annotatorId: userId } });
    await tx.labelingItem.update({ where: { id: item.id }, data: { annotationCount: { increment: 1 } } });
    await tx.labelingAssignment.update({ where: { projectId_userId: { projectId: project.id, userId } }, data: { submittedCount: { increment: 1 } } });
    await updateItemCompletion(tx, { itemId: item.id, projectId: project.id, overlap: project.overlap });
    return { annotationId: annotation.id, isNew: true };
  });
}
