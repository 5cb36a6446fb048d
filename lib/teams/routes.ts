import { z } from "zod";
import { db } from "@/lib/db";
import { defineRoute } from "@/lib/http/define-route";
import { authorizeInTeam } from "@/lib/auth/authorize";
import { ZRole } from "./schemas";

export const getMeRoute = defineRoute({
  method: "GET",
  path: "/api/v1/me",
  summary: "Who the caller is, and their team and role",
  tag: "Account",
  response: z.object({
    user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
    team: z.object({ id: z.string(), name: z.string() }),
    role: ZRole,
  }),
  run: async (actor) => {
    const { userId, teamId, role } = authorizeInTeam(actor, "team.read");
    const [user, team] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true } }),
      db.team.findUniqueOrThrow({ where: { id: teamId }, select: { id: true, name: true } }),
    ]);
    return { user, team, role };
  },
});
