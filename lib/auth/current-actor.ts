// Who is asking, for pages and server actions: the signed-in user in their current team.
import { cache } from "react";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { authOptions } from "./options";

export const TEAM_COOKIE = "mls-team";

export async function actorForUser(userId: string, preferredTeamId?: string): Promise<TActor | null> {
  const memberships = await db.membership.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
  const membership = memberships.find((m) => m.teamId === preferredTeamId) ?? memberships[0];
  return membership ? { userId, teamId: membership.teamId, role: membership.role } : null;
}

export const currentActor = cache(async (): Promise<TActor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  const preferredTeamId = (await cookies()).get(TEAM_COOKIE)?.value;
  return actorForUser(userId, preferredTeamId);
});
