// Assigned annotators must be people of the team whose role lets them label.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";

export async function checkAnnotators(teamId: string, userIds: string[]) {
  const unique = [...new Set(userIds)];
  const memberships = await db.membership.findMany({ where: { teamId, userId: { in: unique } }, select: { userId: true, role: true, user: { select: { name: true } } } });
  for (const userId of unique) {
    const membership = memberships.find((m) => m.userId === userId);
    if (!membership) throw new AppError("bad_input", "An assigned annotator is not a member of this team.");
    if (!can({ userId, teamId, role: membership.role }, "labeling.annotate", { teamId })) {
      throw new AppError("bad_input", `${membership.user.name} is a viewer and cannot label.`);
    }
  }
  return unique;
}
