// An item an annotator answered or holds, with their answer: "back" in the annotator view.
// Items they never touched stay out of reach, as do others' answers.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedProject } from "./find-authorized-project";
import { annotatorItemView } from "./item-view";
import type { TAnnotatorItem } from "./schemas";

export async function getOwnItem(actor: TActor | null, input: { projectId: string; itemId: string }): Promise<TAnnotatorItem> {
  const project = await findAuthorizedProject(actor, input.projectId, "labeling.annotate");
  const userId = project.caller.userId;
  const item = await db.labelingItem.findFirst({
    where: { id: input.itemId, projectId: project.id },
    select: {
      id: true,
      position: true,
      data: true,
      prediction: true,
      annotations: { where: { annotatorId: userId }, select: { result: true, reviewComment: true, status: true } },
      locks: { where: { userId }, select: { expiresAt: true } },
    },
  });
  if (!item || (!item.annotations.length && !item.locks.length)) throw new AppError("not_found", "You have not worked on this item.");
  return annotatorItemView(item, item.annotations[0], item.locks[0]?.expiresAt ?? null);
}
