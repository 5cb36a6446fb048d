// The queue against the real database: many annotators at once never break the overlap rule,
// nobody gets an item twice, an abandoned lock returns its item, a double submit counts once,
// and a rejected annotation comes back to its annotator.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { seedLabelingProject, seedMember, seedTeam } from "@/prisma/seed/factories";
import { claimNextItem } from "./claim-next-item";
import { reviewItem } from "./review-item";
import { submitAnnotation } from "./submit-annotation";

const BOX = { kind: "boxes" as const, boxes: [{ label: "cat", x: 0.1, y: 0.1, width: 0.2, height: 0.2 }] };

async function teamOfAnnotators(count: number) {
  const team = await seedTeam();
  const owner = await seedMember(team.id, "OWNER");
  const annotators = await Promise.all(Array.from({ length: count }, () => seedMember(team.id, "ANNOTATOR")));
  return { owner, annotators };
}

/** Each annotator takes and submits items until the queue gives them none. */
async function labelUntilEmpty(projectId: string, annotator: TActor, submitted: Map<string, string[]>) {
  for (;;) {
    const { item } = await claimNextItem(annotator, projectId);
    if (!item) return;
    await submitAnnotation(annotator, { projectId, itemId: item.id, body: { action: "submit", result: BOX } });
    submitted.set(annotator.userId, [...(submitted.get(annotator.userId) ?? []), item.id]);
  }
}

describe.each([1, 3])("20 annotators at once, overlap %i", (overlap) => {
  it("annotate every item exactly overlap times, nobody twice", async () => {
    const { owner, annotators } = await teamOfAnnotators(20);
    const project = await seedLabelingProject(owner, { annotatorIds: annotators.map((a) => a.userId), overlap, count: 30 });
    const submitted = new Map<string, string[]>();
    await Promise.all(annotators.map((annotator) => labelUntilEmpty(project.id, annotator, submitted)));

    const counts = await db.annotation.groupBy({ by: ["itemId"], where: { projectId: project.id }, _count: true });
    expect(counts).toHaveLength(30);
    expect(counts.every((row) => row._count === overlap)).toBe(true);
    for (const items of submitted.values()) expect(new Set(items).size).toBe(items.length);
    const row = await db.labelingProject.findUniqueOrThrow({ where: { id: project.id } });
    expect(row.completedCount).toBe(30);
    expect(await db.labelingItem.count({ where: { projectId: project.id, isComplete: false } })).toBe(0);
  });
});

describe("the queue", () => {
  it("gives an abandoned item to someone else once its lock expires, and refuses the late answer", async () => {
    const { owner, annotators } = await teamOfAnnotators(2);
    const [first, second] = annotators;
    const project = await seedLabelingProject(owner, { annotatorIds: [first.userId, second.userId], count: 1 });
    const { item } = await claimNextItem(first, project.id);
    expect(item).not.toBeNull();
    expect((await claimNextItem(second, project.id)).item).toBeNull();

    await db.labelingLock.updateMany({ where: { itemId: item!.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const reclaimed = await claimNextItem(second, project.id);
    expect(reclaimed.item?.id).toBe(item!.id);
    await submitAnnotation(second, { projectId: project.id, itemId: item!.id, body: { action: "submit", result: BOX } });
    await expect(submitAnnotation(first, { projectId: project.id, itemId: item!.id, body: { action: "submit", result: BOX } })).rejects.toThrow(/all the annotations it needs/);
    expect(await db.annotation.count({ where: { itemId: item!.id } })).toBe(1);
  });

  it("stores a double submit once, and a reload gives back the held item", async () => {
    const { owner, annotators } = await teamOfAnnotators(1);
    const [annotator] = annotators;
    const project = await seedLabelingProject(owner, { annotatorIds: [annotator.userId], count: 2 });
    const { item } = await claimNextItem(annotator, project.id);
    expect((await claimNextItem(annotator, project.id)).item?.id).toBe(item!.id);
    const submit = () => submitAnnotation(annotator, { projectId: project.id, itemId: item!.id, body: { action: "submit", result: BOX } });
    const answers = await Promise.all([submit(), submit(), submit()]);
    expect(answers.filter((a) => a.isNew)).toHaveLength(1);
    expect(await db.annotation.count({ where: { itemId: item!.id } })).toBe(1);
    const assignment = await db.labelingAssignment.findFirstOrThrow({ where: { projectId: project.id, userId: annotator.userId } });
    expect(assignment.submittedCount).toBe(1);
  });

  it("sends a rejected annotation back to its annotator with the comment, then completes again", async () => {
    const { owner, annotators } = await teamOfAnnotators(1);
    const [annotator] = annotators;
    const project = await seedLabelingProject(owner, { annotatorIds: [annotator.userId], count: 2 });
    const { item } = await claimNextItem(annotator, project.id);
    const { annotationId } = await submitAnnotation(annotator, { projectId: project.id, itemId: item!.id, body: { action: "submit", result: BOX } });
    await reviewItem(owner, { projectId: project.id, itemId: item!.id, body: { action: "reject", annotationId, comment: "The box misses the tail." } });
    expect((await db.labelingProject.findUniqueOrThrow({ where: { id: project.id } })).completedCount).toBe(0);

    const rework = await claimNextItem(annotator, project.id);
    expect(rework.item?.id).toBe(item!.id);
    expect(rework.item?.reviewComment).toBe("The box misses the tail.");
    expect(rework.item?.previous).toEqual(BOX);
    const fixed = { kind: "boxes" as const, boxes: [{ label: "cat", x: 0.1, y: 0.1, width: 0.5, height: 0.3 }] };
    await submitAnnotation(annotator, { projectId: project.id, itemId: item!.id, body: { action: "submit", result: fixed } });
    expect((await db.labelingProject.findUniqueOrThrow({ where: { id: project.id } })).completedCount).toBe(1);
    await reviewItem(owner, { projectId: project.id, itemId: item!.id, body: { action: "accept" } });
    const accepted = await db.labelingItem.findUniqueOrThrow({ where: { id: item!.id } });
    expect(accepted.reviewState).toBe("ACCEPTED");
    expect(accepted.finalResult).toEqual(fixed);
  });

  it("refuses labels the project does not have, and changes nothing", async () => {
    const { owner, annotators } = await teamOfAnnotators(1);
    const project = await seedLabelingProject(owner, { annotatorIds: [annotators[0].userId], count: 1 });
    const { item } = await claimNextItem(annotators[0], project.id);
    const wrong = { kind: "boxes" as const, boxes: [{ label: "horse", x: 0, y: 0, width: 0.1, height: 0.1 }] };
    await expect(submitAnnotation(annotators[0], { projectId: project.id, itemId: item!.id, body: { action: "submit", result: wrong } })).rejects.toThrow(/"horse" is not a label/);
    expect(await db.annotation.count({ where: { projectId: project.id } })).toBe(0);
  });
});
