// Who is asking, for pages and server actions: the signed-in user in their current team.
import { cache } from "react";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import type { TActor } from "@/lib/permissions";
import { TEAM_COOKIE, actorForUser } from "./actor-for-user";
import { authOptions } from "./options";


export const currentActor = cache(async (): Promise<TActor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  const preferredTeamId = (await cookies()).get(TEAM_COOKIE)?.value;
  return actorForUser(userId, preferredTeamId);
});
