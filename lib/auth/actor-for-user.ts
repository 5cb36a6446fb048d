// The cookie that remembers which of their teams a user is working in.
export const TEAM_COOKIE = "mls-team";

import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";

/** A user acting in their preferred team if they belong to it, else in their first. */
export async function actorForUser(userId: string, preferredTeamId?: string): Promise<TActor | null> {
  const memberships = await db.membership.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
  const membership = memberships.find((m) => m.teamId === preferredTeamId) ?? memberships[0];
  return membership ? { userId, teamId: membership.teamId, role: membership.role } : null;
}
