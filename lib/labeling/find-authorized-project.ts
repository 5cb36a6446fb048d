// A labeling project the caller may act on. Those who read the team's data see all of its
// projects; anyone else (an annotator) only those they are assigned to: other projects
// answer "not found", so that nothing about them leaks.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize, requireActor } from "@/lib/auth/authorize";
import { can, type TAction, type TActor } from "@/lib/permissions";
import { ZLabels, type TLabel } from "./results";
import { templateName } from "./schemas";

export async function findAuthorizedProject(actor: TActor | null, projectId: string, action: TAction) {
  const caller = requireActor(actor);
  const project = await db.labelingProject.findFirst({
    where: { id: projectId, teamId: caller.teamId },
    include: { assignments: { where: { userId: caller.userId }, select: { userId: true } } },
  });
  const isAssigned = Boolean(project?.assignments.length);
  // Those who read the team's data see every project; an annotator only their own.
  if (!project || (!isAssigned && !can(caller, "dataset.read", project))) throw new AppError("not_found", "This labeling project does not exist.");
  authorize(caller, action, project);
  if (action === "labeling.annotate" && !isAssigned) throw new AppError("forbidden", "You are not assigned to label this project.");
  const labels: TLabel[] = ZLabels.parse(project.labels);
  return { ...project, labels, templateName: templateName(project.template), caller };
}
