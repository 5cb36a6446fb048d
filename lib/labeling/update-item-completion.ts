// An item is complete when it has its overlap of annotations and none is waiting for rework;
// the project's counter follows every change, so its page never counts items.
import type { Prisma } from "@prisma/client";

export async function updateItemCompletion(tx: Prisma.TransactionClient, input: { itemId: string; projectId: string; overlap: number }) {
  const [changed] = await tx.$queryRaw<{ isComplete: boolean }[]>`
    UPDATE "LabelingItem" i SET "isComplete" = i."annotationCount" >= ${input.overlap}
      AND NOT EXISTS (SELECT 1 FROM "Annotation" a WHERE a."itemId" = i.id AND a.status = 'REJECTED')
    WHERE i.id = ${input.itemId}
      AND i."isComplete" IS DISTINCT FROM (i."annotationCount" >= ${input.overlap}
      AND NOT EXISTS (SELECT 1 FROM "Annotation" a WHERE a."itemId" = i.id AND a.status = 'REJECTED'))
    RETURNING i."isComplete"`;
  if (!changed) return;
  await tx.labelingProject.update({ where: { id: input.projectId }, data: { completedCount: { increment: changed.isComplete ? 1 : -1 } } });
}
