// A labeling project's page: its settings, progress (from its counters, so that a project of
// a million items opens as fast as one of ten), annotators with their counts, agreement over
// its latest items with several annotations, and its exports.
import { db } from "@/lib/db";
import { can, type TActor } from "@/lib/permissions";
import { agreementOf } from "./agreement/agreement-of";
import { findAuthorizedProject } from "./find-authorized-project";
import { findExportsOf } from "./find-labeling-exports";
import { labeledItemOf } from "./labeled-item";

/** Agreement is read over this many of the latest items with two annotations or more. */
export const AGREEMENT_SAMPLE = 2_000;

async function agreementFor(project: { id: string; overlap: number; templateName: Parameters<typeof agreementOf>[1] }) {
  if (project.overlap < 2) return null;
  const rows = await db.labelingItem.findMany({
    where: { projectId: project.id, annotationCount: { gte: 2 } },
    orderBy: { position: "desc" },
    take: AGREEMENT_SAMPLE,
    select: { id: true, position: true, data: true, finalResult: true, annotations: { select: { status: true, result: true, createdAt: true, annotatorId: true } } },
  });
  const agreement = agreementOf(rows.map(labeledItemOf), project.templateName);
  return { method: agreement.method, overall: agreement.overall, items: rows.length, perAnnotator: agreement.perAnnotator };
}

export async function getLabelingProject(actor: TActor | null, projectId: string) {
  const project = await findAuthorizedProject(actor, projectId, "labeling.read");
  const canManage = can(project.caller, "labeling.manage", project);
  const [version, assignments, exports, agreement] = await Promise.all([
    db.datasetVersion.findUniqueOrThrow({ where: { id: project.datasetVersionId }, select: { number: true, dataset: { select: { id: true, name: true } } } }),
    db.labelingAssignment.findMany({ where: { projectId: project.id }, orderBy: { createdAt: "asc" }, select: { userId: true, submittedCount: true, user: { select: { name: true, email: true } } } }),
    canManage ? findExportsOf(project.id) : Promise.resolve([]),
    canManage ? agreementFor(project) : Promise.resolve(null),
  ]);
  const agreementByUser = new Map(agreement?.perAnnotator.map((row) => [row.annotator, row.agreement]) ?? []);
  return {
    id: project.id,
    name: project.name,
    template: project.templateName,
    labels: project.labels,
    instructions: project.instructions,
    overlap: project.overlap,
    lockMinutes: Math.round(project.lockSeconds / 60),
    itemCount: project.itemCount,
    completedCount: project.completedCount,
    reviewedCount: project.reviewedCount,
    createdAt: project.createdAt,
    dataset: { id: version.dataset.id, name: version.dataset.name, version: version.number },
    canManage,
    isAssigned: assignments.some((a) => a.userId === project.caller.userId),
    annotators: assignments.map((a) => ({ userId: a.userId, name: a.user.name, email: a.user.email, submitted: a.submittedCount, agreement: agreementByUser.get(a.userId) ?? null })),
    agreement: agreement && { method: agreement.method, overall: agreement.overall, items: agreement.items },
    exports,
  };
}
export type TLabelingProjectView = Awaited<ReturnType<typeof getLabelingProject>>;
