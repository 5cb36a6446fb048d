// A page of items for reviewers, in order: those with all their annotations and no decision
// yet (to review), those decided, those waiting for rework, or all; each with its annotations
// (annotator names, status, comment) and how much they agree.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { agreementOf } from "./agreement/agreement-of";
import { findAuthorizedProject } from "./find-authorized-project";
import { labeledItemOf } from "./labeled-item";
import { ZItemData, ZResult } from "./results";

type TState = "to_review" | "reviewed" | "rejected" | "all";

function whereFor(projectId: string, state: TState): Prisma.LabelingItemWhereInput {
  if (state === "to_review") return { projectId, isComplete: true, reviewState: "UNREVIEWED" };
  if (state === "reviewed") return { projectId, reviewState: "ACCEPTED" };
  if (state === "rejected") return { projectId, annotations: { some: { status: "REJECTED" } } };
  return { projectId };
}

export async function findReviewItems(actor: TActor | null, input: { projectId: string; state: TState; offset: number; limit: number }) {
  const project = await findAuthorizedProject(actor, input.projectId, "labeling.manage");
  const where = whereFor(project.id, input.state);
  const [total, rows] = await Promise.all([
    // Counting every item of a million-item project is what its counters are for.
    input.state === "all" ? Promise.resolve(project.itemCount) : db.labelingItem.count({ where }),
    db.labelingItem.findMany({
      where,
      orderBy: { position: "asc" },
      skip: input.offset,
      take: input.limit,
      include: { annotations: { where: { status: { not: "SKIPPED" } }, orderBy: { createdAt: "asc" }, include: { annotator: { select: { name: true } } } } },
    }),
  ]);
  const agreement = agreementOf(rows.map(labeledItemOf), project.templateName);
  return {
    total,
    offset: input.offset,
    items: rows.map((row) => ({
      id: row.id,
      position: row.position,
      data: ZItemData.parse(row.data),
      reviewState: row.reviewState === "ACCEPTED" ? ("accepted" as const) : ("unreviewed" as const),
      isComplete: row.isComplete,
      final: row.finalResult ? ZResult.parse(row.finalResult) : null,
      agreement: agreement.perItem.get(row.id) ?? null,
      annotations: row.annotations.map((a) => ({
        id: a.id,
        annotator: a.annotator.name,
        status: a.status.toLowerCase() as "submitted" | "accepted" | "rejected",
        result: a.result ? ZResult.parse(a.result) : null,
        reviewComment: a.reviewComment,
        createdAt: a.createdAt,
      })),
    })),
  };
}
