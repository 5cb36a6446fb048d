// A reviewer's decision on an item: accept (its final label is the one given, or the
// annotators' majority), reject one annotation with a comment (it goes back to its
// annotator, the item is open again), or fix (the reviewer's own label is final).
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { majorityResult } from "./agreement/majority-result";
import { findAuthorizedProject } from "./find-authorized-project";
import { labeledItemOf } from "./labeled-item";
import { resultFitsTemplate, type TResult } from "./results";
import type { TReviewBody } from "./schemas";
import { updateItemCompletion } from "./update-item-completion";

export async function reviewItem(actor: TActor | null, input: { projectId: string; itemId: string; body: TReviewBody }) {
  const project = await findAuthorizedProject(actor, input.projectId, "labeling.manage");
  const { body } = input;
  if (body.action !== "reject" && body.result) {
    const problem = resultFitsTemplate(body.result, project.templateName, project.labels);
    if (problem) throw new AppError("bad_input", problem);
  }
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "LabelingItem" WHERE id = ${input.itemId} AND "projectId" = ${project.id} FOR UPDATE`;
    if (!locked) throw new AppError("not_found", "This item is not in the project.");
    const item = await tx.labelingItem.findUniqueOrThrow({
      where: { id: locked.id },
      include: { annotations: { where: { status: { not: "SKIPPED" } } } },
    });
    const wasAccepted = item.reviewState === "ACCEPTED";
    if (body.action === "reject") {
      const annotation = item.annotations.find((a) => a.id === body.annotationId);
      if (!annotation) throw new AppError("bad_input", "This annotation is not on the item.");
      await tx.annotation.update({ where: { id: annotation.id }, data: { status: "REJECTED", reviewComment: body.comment } });
      await tx.labelingItem.update({ where: { id: item.id }, data: { reviewState: "UNREVIEWED", finalResult: Prisma.DbNull, reviewedById: project.caller.userId, reviewedAt: new Date() } });
      await updateItemCompletion(tx, { itemId: item.id, projectId: project.id, overlap: project.overlap });
      if (wasAccepted) await tx.labelingProject.update({ where: { id: project.id }, data: { reviewedCount: { decrement: 1 } } });
      return { itemId: item.id, reviewState: "unreviewed" as const };
    }
    if (item.annotations.some((a) => a.status === "REJECTED") && body.action === "accept") {
      throw new AppError("conflict", "An annotation of this item is waiting for rework: fix the item instead, or wait for the annotator.");
    }
    const final: TResult | null = body.result ?? majorityResult(labeledItemOf(item), project.templateName);
    if (!final) throw new AppError("bad_input", "The annotators do not agree: choose the final label (fix).");
    await tx.labelingItem.update({
      where: { id: item.id },
      data: { reviewState: "ACCEPTED", finalResult: final as Prisma.InputJsonValue, reviewedById: project.caller.userId, reviewedAt: new Date() },
    });
    await tx.annotation.updateMany({ where: { itemId: item.id, status: "SUBMITTED" }, data: { status: "ACCEPTED" } });
    if (!wasAccepted) await tx.labelingProject.update({ where: { id: project.id }, data: { reviewedCount: { increment: 1 } } });
    return { itemId: item.id, reviewState: "accepted" as const };
  });
}
