// A labeling project the caller may act on. Those who read the team's data see all of its
// projects; anyone else (an annotator) only those they are assigned to: other projects
// answer "not found", so that nothing about them leaks. One prepared statement: it is on
// every annotator's every request.
import { Prisma, type LabelingTemplate } from "@prisma/client";
import { queryPrepared } from "@/lib/db/prepared-query";
import { AppError } from "@/lib/errors";
import { authorize, requireActor } from "@/lib/auth/authorize";
import { can, type TAction, type TActor } from "@/lib/permissions";
import { ZLabels, type TLabel } from "./results";
import { templateName } from "./schemas";

type TProjectRow = {
  id: string;
  teamId: string;
  name: string;
  datasetVersionId: string;
  template: LabelingTemplate;
  labels: unknown;
  instructions: string;
  overlap: number;
  lockSeconds: number;
  itemCount: number;
  completedCount: number;
  reviewedCount: number;
  createdAt: Date;
  isAssigned: boolean;
};

export async function findAuthorizedProject(actor: TActor | null, projectId: string, action: TAction) {
  const caller = requireActor(actor);
  const [project] = await queryPrepared<TProjectRow>(Prisma.sql`
    SELECT p.id, p."teamId", p.name, p."datasetVersionId", p.template::text AS template, p.labels, p.instructions, p.overlap,
           p."lockSeconds", p."itemCount", p."completedCount", p."reviewedCount", p."createdAt" AT TIME ZONE 'UTC' AS "createdAt",
           EXISTS (SELECT 1 FROM "LabelingAssignment" a WHERE a."projectId" = p.id AND a."userId" = ${caller.userId}) AS "isAssigned"
    FROM "LabelingProject" p WHERE p.id = ${projectId} AND p."teamId" = ${caller.teamId}`);
  if (!project || (!project.isAssigned && !can(caller, "dataset.read", project))) throw new AppError("not_found", "This labeling project does not exist.");
  authorize(caller, action, project);
  if (action === "labeling.annotate" && !project.isAssigned) throw new AppError("forbidden", "You are not assigned to label this project.");
  const labels: TLabel[] = ZLabels.parse(project.labels);
  return { ...project, labels, templateName: templateName(project.template), caller };
}
