// An item is complete when it has its overlap of annotations and none is waiting for rework;
// the project's counter follows every change, so its page never counts items. One statement,
// run by Prisma's transactions (review) and by prepared ones (submitting).
import { Prisma } from "@prisma/client";

export function itemCompletionSql(input: { itemId: string; projectId: string; overlap: number }) {
  const isComplete = Prisma.sql`(i."annotationCount" >= ${input.overlap}
    AND NOT EXISTS (SELECT 1 FROM "Annotation" a WHERE a."itemId" = i.id AND a.status = 'REJECTED'))`;
  return Prisma.sql`
    WITH changed AS (
      UPDATE "LabelingItem" i SET "isComplete" = ${isComplete}
      WHERE i.id = ${input.itemId} AND i."isComplete" IS DISTINCT FROM ${isComplete}
      RETURNING i."isComplete")
    UPDATE "LabelingProject" p SET "completedCount" = p."completedCount" + CASE WHEN c."isComplete" THEN 1 ELSE -1 END
    FROM changed c WHERE p.id = ${input.projectId}`;
}

export async function updateItemCompletion(tx: Prisma.TransactionClient, input: { itemId: string; projectId: string; overlap: number }) {
  await tx.$executeRaw(itemCompletionSql(input));
}
