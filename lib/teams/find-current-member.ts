import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";

/** The signed-in user, their team and role there: what the studio's top bar shows. */
export async function findCurrentMember(actor: TActor | null) {
  const { userId, teamId, role } = authorizeInTeam(actor, "team.read");
  const [user, team] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true } }),
    db.team.findUniqueOrThrow({ where: { id: teamId }, select: { id: true, name: true } }),
  ]);
  return { user, team, role };
}
