// An annotator's answer for an item: submitted or skipped. The item's row is held while it is
// counted, so that 50 people submitting at once keep every overlap rule; submitting the same
// answer twice stores it once; an answer after one's lock expired is taken only if the item
// still has an open slot. Submitting again an item one already answered (going back) changes
// the answer, unless a reviewer accepted it. Prepared statements: every answer comes here.
import { Prisma } from "@prisma/client";
import { inPreparedTransaction, type TPreparedQuery } from "@/lib/db/prepared-query";
import { AppError } from "@/lib/errors";
import { createSortableId } from "@/lib/kernels/sortable-id";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedProject } from "./find-authorized-project";
import { resultFitsTemplate, type TResult } from "./results";
import type { TSubmitAnnotationBody } from "./schemas";
import { isSameResult } from "./same-result";
import { itemCompletionSql } from "./update-item-completion";

type TItemState = { id: string; annotationCount: number; reviewState: string; others: number; ownId: string | null; ownStatus: string | null; ownResult: unknown };
type TTarget = { projectId: string; itemId: string; userId: string; overlap: number };

const NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/** Holds the item's row, then reads (in a new statement, which sees what whoever held it
 * before committed) the caller's own answer and the others' live holds, letting go of the
 * caller's hold. */
async function lockItem(query: TPreparedQuery, target: TTarget): Promise<TItemState> {
  const [item] = await query<{ id: string; annotationCount: number; reviewState: string }>(Prisma.sql`
    SELECT id, "annotationCount", "reviewState"::text AS "reviewState" FROM "LabelingItem"
    WHERE id = ${target.itemId} AND "projectId" = ${target.projectId} FOR UPDATE`);
  if (!item) throw new AppError("not_found", "This item is not in the project.");
  const [state] = await query<Omit<TItemState, "id" | "annotationCount" | "reviewState">>(Prisma.sql`
    WITH released AS (DELETE FROM "LabelingLock" WHERE "itemId" = ${target.itemId} AND "userId" = ${target.userId})
    SELECT (SELECT count(*)::int FROM "LabelingLock" WHERE "itemId" = ${target.itemId} AND "userId" <> ${target.userId} AND "expiresAt" > ${NOW}) AS others,
           a.id AS "ownId", a.status::text AS "ownStatus", a.result AS "ownResult"
    FROM (SELECT 1) AS one LEFT JOIN "Annotation" a ON a."itemId" = ${target.itemId} AND a."annotatorId" = ${target.userId}`);
  return { ...item, ...state };
}

async function changeAnswer(query: TPreparedQuery, target: TTarget, item: TItemState, result: TResult, leadTimeMs: number | undefined) {
  if (item.ownStatus === "ACCEPTED" || item.reviewState === "ACCEPTED") throw new AppError("conflict", "A reviewer accepted this item already: your answer can no longer change.");
  if (item.ownStatus === "SUBMITTED" && isSameResult(item.ownResult, result)) return;
  await query(Prisma.sql`
    UPDATE "Annotation" SET result = ${JSON.stringify(result)}::jsonb, status = 'SUBMITTED', "reviewComment" = NULL,
      "leadTimeMs" = coalesce(${leadTimeMs ?? null}::int, "leadTimeMs"), "updatedAt" = ${NOW}
    WHERE id = ${item.ownId}`);
  if (item.ownStatus === "REJECTED") await query(itemCompletionSql(target));
}

async function addAnswer(query: TPreparedQuery, target: TTarget, item: TItemState, result: TResult, leadTimeMs: number | undefined) {
  const id = item.ownId ?? createSortableId();
  // A skipped item answered after all keeps its row: one annotation per person per item.
  await query(Prisma.sql`
    INSERT INTO "Annotation" (id, "itemId", "projectId", "annotatorId", result, status, "leadTimeMs", "createdAt", "updatedAt")
    VALUES (${id}, ${target.itemId}, ${target.projectId}, ${target.userId}, ${JSON.stringify(result)}::jsonb, 'SUBMITTED', ${leadTimeMs ?? null}::int, ${NOW}, ${NOW})
    ON CONFLICT ("itemId", "annotatorId") DO UPDATE SET result = excluded.result, status = 'SUBMITTED', "leadTimeMs" = excluded."leadTimeMs", "updatedAt" = excluded."updatedAt"`);
  await query(Prisma.sql`
    WITH counted AS (UPDATE "LabelingItem" SET "annotationCount" = "annotationCount" + 1 WHERE id = ${target.itemId})
    UPDATE "LabelingAssignment" SET "submittedCount" = "submittedCount" + 1 WHERE "projectId" = ${target.projectId} AND "userId" = ${target.userId}`);
  await query(itemCompletionSql(target));
  return id;
}

export async function submitAnnotation(actor: TActor | null, input: { projectId: string; itemId: string; body: TSubmitAnnotationBody }) {
  const project = await findAuthorizedProject(actor, input.projectId, "labeling.annotate");
  const target = { projectId: project.id, itemId: input.itemId, userId: project.caller.userId, overlap: project.overlap };
  const result: TResult | null = input.body.action === "submit" ? input.body.result : null;
  if (result) {
    const problem = resultFitsTemplate(result, project.templateName, project.labels);
    if (problem) throw new AppError("bad_input", problem);
  }
  const leadTimeMs = input.body.action === "submit" ? input.body.leadTimeMs : undefined;
  return inPreparedTransaction(async (query) => {
    const item = await lockItem(query, target);
    if (item.ownId && item.ownStatus !== "SKIPPED") {
      if (!result) throw new AppError("conflict", "You answered this item already; change your answer instead of skipping it.");
      await changeAnswer(query, target, item, result, leadTimeMs);
      return { annotationId: item.ownId, isNew: false };
    }
    if (!result) {
      if (item.ownId) return { annotationId: item.ownId, isNew: false };
      const id = createSortableId();
      await query(Prisma.sql`
        INSERT INTO "Annotation" (id, "itemId", "projectId", "annotatorId", status, "createdAt", "updatedAt")
        VALUES (${id}, ${target.itemId}, ${target.projectId}, ${target.userId}, 'SKIPPED', ${NOW}, ${NOW})`);
      return { annotationId: id, isNew: true };
    }
    if (item.annotationCount + item.others >= project.overlap) {
      throw new AppError("conflict", "This item has all the annotations it needs (your hold on it expired): go on to the next one.");
    }
    return { annotationId: await addAnswer(query, target, item, result, leadTimeMs), isNew: true };
  });
}
