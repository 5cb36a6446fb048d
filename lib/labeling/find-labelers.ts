// The team's people whose role lets them label: who a project may be assigned to.
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import { can, type TActor } from "@/lib/permissions";

export async function findLabelers(actor: TActor | null) {
  const { teamId } = authorizeInTeam(actor, "labeling.manage");
  const memberships = await db.membership.findMany({ where: { teamId }, orderBy: { createdAt: "asc" }, select: { role: true, user: { select: { id: true, name: true, email: true } } } });
  return memberships
    .filter((m) => can({ userId: m.user.id, teamId, role: m.role }, "labeling.annotate", { teamId }))
    .map((m) => ({ id: m.user.id, name: m.user.name, email: m.user.email, role: m.role }));
}
