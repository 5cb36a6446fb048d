// The queue: which item an annotator labels next. First anything a reviewer sent back to
// them, then the item they already hold (a reload gives the same one), then the first item
// in order that still needs annotations, that they have not annotated or skipped, and whose
// open slots (overlap − annotations − others' live locks) are not all taken. Claiming holds
// the item's row while the slots are counted again and the lock is written, so two
// annotators never take the last slot of one item. Prepared statements: it is the hot path.
// Times are stored as UTC without a zone (Prisma's way): compared with now() in UTC.
import { Prisma } from "@prisma/client";
import { inPreparedTransaction, queryPrepared } from "@/lib/db/prepared-query";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedProject } from "./find-authorized-project";
import { annotatorItemView } from "./item-view";
import type { TNextItemAnswer } from "./schemas";

type TItemRow = { id: string; position: number; data: unknown; prediction: unknown };
type TOwnRow = TItemRow & { kind: "rework" | "held"; result: unknown; reviewComment: string | null; expiresAt: Date | null };

// Another annotator may win the item between the search and its row lock: look again.
const MAX_ATTEMPTS = 5;

async function findOwnItem(projectId: string, userId: string, exclude: string[]) {
  const rows = await queryPrepared<TOwnRow>(Prisma.sql`
    (SELECT 'rework' AS kind, i.id, i.position, i.data, i.prediction, a.result, a."reviewComment", NULL::timestamptz AS "expiresAt"
     FROM "Annotation" a JOIN "LabelingItem" i ON i.id = a."itemId"
     WHERE a."projectId" = ${projectId} AND a."annotatorId" = ${userId} AND a.status = 'REJECTED' AND NOT (a."itemId" = ANY(${exclude}::text[]))
     ORDER BY a."updatedAt" LIMIT 1)
    UNION ALL
    (SELECT 'held', i.id, i.position, i.data, i.prediction, NULL, NULL, l."expiresAt" AT TIME ZONE 'UTC'
     FROM "LabelingLock" l JOIN "LabelingItem" i ON i.id = l."itemId"
     WHERE l."userId" = ${userId} AND l."expiresAt" > (now() AT TIME ZONE 'UTC') AND i."projectId" = ${projectId} AND NOT (l."itemId" = ANY(${exclude}::text[]))
     ORDER BY l."expiresAt" LIMIT 1)`);
  return rows.find((row) => row.kind === "rework") ?? rows[0];
}

async function claimFreeItem(project: { id: string; overlap: number; lockSeconds: number }, userId: string) {
  return inPreparedTransaction(async (query) => {
    const [candidate] = await query<TItemRow>(Prisma.sql`
      SELECT i.id, i.position, i.data, i.prediction FROM "LabelingItem" i
      WHERE i."projectId" = ${project.id} AND i."isComplete" = false
        AND NOT EXISTS (SELECT 1 FROM "Annotation" a WHERE a."itemId" = i.id AND a."annotatorId" = ${userId})
        AND NOT EXISTS (SELECT 1 FROM "LabelingLock" l WHERE l."itemId" = i.id AND l."userId" = ${userId} AND l."expiresAt" > (now() AT TIME ZONE 'UTC'))
        AND i."annotationCount" + (SELECT count(*) FROM "LabelingLock" l WHERE l."itemId" = i.id AND l."expiresAt" > (now() AT TIME ZONE 'UTC')) < ${project.overlap}
      ORDER BY i."isComplete", i.position
      LIMIT 1
      FOR UPDATE OF i SKIP LOCKED`);
    if (!candidate) return { item: null, isContended: false };
    // Holding the row now, the slots are counted in a new statement: whoever held it before
    // has committed, and their lock is seen. Expired locks on the item are swept meanwhile.
    const [held] = await query<{ expiresAt: Date }>(Prisma.sql`
      WITH swept AS (DELETE FROM "LabelingLock" WHERE "itemId" = ${candidate.id} AND "expiresAt" <= (now() AT TIME ZONE 'UTC'))
      INSERT INTO "LabelingLock" ("itemId", "userId", "expiresAt")
      SELECT ${candidate.id}, ${userId}, (now() AT TIME ZONE 'UTC') + make_interval(secs => ${project.lockSeconds})
      WHERE (SELECT "annotationCount" FROM "LabelingItem" WHERE id = ${candidate.id})
          + (SELECT count(*) FROM "LabelingLock" WHERE "itemId" = ${candidate.id} AND "expiresAt" > (now() AT TIME ZONE 'UTC') AND "userId" <> ${userId}) < ${project.overlap}
      ON CONFLICT ("itemId", "userId") DO UPDATE SET "expiresAt" = excluded."expiresAt"
      RETURNING "expiresAt" AT TIME ZONE 'UTC' AS "expiresAt"`);
    if (!held) return { item: null, isContended: true };
    return { item: annotatorItemView(candidate, null, held.expiresAt), isContended: false };
  });
}

/** `exclude`: items the annotator has open already (the one on screen, when prefetching the next). */
export async function claimNextItem(actor: TActor | null, projectId: string, exclude: string[] = []): Promise<TNextItemAnswer> {
  const project = await findAuthorizedProject(actor, projectId, "labeling.annotate");
  const userId = project.caller.userId;
  // From the project's counters as read above: a hint for the annotator, not a count.
  const remaining = project.itemCount - project.completedCount;
  const own = await findOwnItem(project.id, userId, exclude);
  if (own) return { item: annotatorItemView(own, own.kind === "rework" ? { ...own, status: "REJECTED" } : null, own.expiresAt), remaining };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const claimed = await claimFreeItem(project, userId);
    if (claimed.item || !claimed.isContended) return { item: claimed.item, remaining };
  }
  return { item: null, remaining };
}
