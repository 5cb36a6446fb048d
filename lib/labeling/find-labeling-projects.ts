// The labeling projects a person sees: all of the team's for those who read its data, only
// their assigned ones for everyone else, each with its progress from the counters.
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import { can, type TActor } from "@/lib/permissions";
import { templateName } from "./schemas";

export async function findLabelingProjects(actor: TActor | null) {
  const caller = authorizeInTeam(actor, "labeling.read");
  const seesAll = can(caller, "dataset.read", { teamId: caller.teamId });
  const rows = await db.labelingProject.findMany({
    where: { teamId: caller.teamId, ...(!seesAll && { assignments: { some: { userId: caller.userId } } }) },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      name: true,
      template: true,
      overlap: true,
      itemCount: true,
      completedCount: true,
      reviewedCount: true,
      createdAt: true,
      datasetVersion: { select: { number: true, dataset: { select: { id: true, name: true } } } },
      _count: { select: { assignments: true } },
    },
  });
  return {
    projects: rows.map((row) => ({
      id: row.id,
      name: row.name,
      template: templateName(row.template),
      overlap: row.overlap,
      itemCount: row.itemCount,
      completedCount: row.completedCount,
      reviewedCount: row.reviewedCount,
      createdAt: row.createdAt,
      dataset: { id: row.datasetVersion.dataset.id, name: row.datasetVersion.dataset.name, version: row.datasetVersion.number },
      annotatorCount: row._count.assignments,
    })),
  };
}
