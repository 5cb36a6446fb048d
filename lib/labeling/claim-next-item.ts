// The queue: which item an annotator labels next. First anything a reviewer sent back to
// them, then the item they already hold (a reload gives the same one), then the first item
// in order that still needs annotations, that they have not annotated or skipped, and whose
// open slots (overlap − annotations − others' live locks) are not all taken. Claiming holds
// the item's row, so two annotators never take the last slot of one item.
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedProject } from "./find-authorized-project";
import { annotatorItemView } from "./item-view";
import type { TNextItemAnswer } from "./schemas";

const ITEM_SELECT = { id: true, position: true, data: true, prediction: true } as const;
// Another annotator may win the item between the search and its row lock: look again.
const MAX_ATTEMPTS = 5;

/** Items of the project that still need annotations, from its counters. */
async function remainingIn(projectId: string) {
  const project = await db.labelingProject.findUniqueOrThrow({ where: { id: projectId }, select: { itemCount: true, completedCount: true } });
  return project.itemCount - project.completedCount;
}

async function claimFreeItem(project: { id: string; overlap: number; lockSeconds: number }, userId: string) {
  return db.$transaction(async (tx) => {
    const [candidate] = await tx.$queryRaw<{ id: string }[]>`
      SELECT i.id FROM "LabelingItem" i
      WHERE i."projectId" = ${project.id} AND i."isComplete" = false
        AND NOT EXISTS (SELECT 1 FROM "Annotation" a WHERE a."itemId" = i.id AND a."annotatorId" = ${userId})
        AND NOT EXISTS (SELECT 1 FROM "LabelingLock" l WHERE l."itemId" = i.id AND l."userId" = ${userId} AND l."expiresAt" > now())
        AND i."annotationCount" + (SELECT count(*) FROM "LabelingLock" l WHERE l."itemId" = i.id AND l."expiresAt" > now()) < ${project.overlap}
      ORDER BY i."isComplete", i.position
      LIMIT 1
      FOR UPDATE OF i SKIP LOCKED`;
    if (!candidate) return { item: null, isContended: false };
    // Holding the row now, the count is read again: whoever held it before has committed.
    const [check] = await tx.$queryRaw<{ open: boolean }[]>`
      SELECT i."annotationCount" + (SELECT count(*) FROM "LabelingLock" l WHERE l."itemId" = i.id AND l."expiresAt" > now() AND l."userId" <> ${userId}) < ${project.overlap} AS open
      FROM "LabelingItem" i WHERE i.id = ${candidate.id}`;
    if (!check?.open) return { item: null, isContended: true };
    await tx.labelingLock.deleteMany({ where: { itemId: candidate.id, expiresAt: { lte: new Date() } } });
    const expiresAt = new Date(Date.now() + project.lockSeconds * 1000);
    await tx.labelingLock.upsert({ where: { itemId_userId: { itemId: candidate.id, userId } }, create: { itemId: candidate.id, userId, expiresAt }, update: { expiresAt } });
    const item = await tx.labelingItem.findUniqueOrThrow({ where: { id: candidate.id }, select: ITEM_SELECT });
    return { item: annotatorItemView(item, null, expiresAt), isContended: false };
  });
}

/** `exclude`: items the annotator has open already (the one on screen, when prefetching the next). */
export async function claimNextItem(actor: TActor | null, projectId: string, exclude: string[] = []): Promise<TNextItemAnswer> {
  const project = await findAuthorizedProject(actor, projectId, "labeling.annotate");
  const userId = project.caller.userId;
  const rework = await db.annotation.findFirst({
    where: { projectId, annotatorId: userId, status: "REJECTED", itemId: { notIn: exclude } },
    orderBy: { updatedAt: "asc" },
    select: { result: true, reviewComment: true, status: true, item: { select: ITEM_SELECT } },
  });
  if (rework) return { item: annotatorItemView(rework.item, rework, null), remaining: await remainingIn(projectId) };
  const held = await db.labelingLock.findFirst({
    where: { userId, expiresAt: { gt: new Date() }, item: { projectId }, itemId: { notIn: exclude } },
    orderBy: { expiresAt: "asc" },
    select: { expiresAt: true, item: { select: ITEM_SELECT } },
  });
  if (held) return { item: annotatorItemView(held.item, null, held.expiresAt), remaining: await remainingIn(projectId) };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const claimed = await claimFreeItem(project, userId);
    if (claimed.item || !claimed.isContended) return { item: claimed.item, remaining: await remainingIn(projectId) };
  }
  return { item: null, remaining: await remainingIn(projectId) };
}
