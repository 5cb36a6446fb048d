import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";

/** Invites that can still be used, newest first. */
export async function findOpenInvites(actor: TActor | null) {
  const { teamId } = authorizeInTeam(actor, "team.invite");
  return db.invite.findMany({
    where: { teamId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, email: true, createdAt: true, expiresAt: true },
  });
}

export async function revokeInvite(actor: TActor | null, inviteId: string) {
  const { teamId } = authorizeInTeam(actor, "team.invite");
  const { count } = await db.invite.updateMany({
    where: { id: inviteId, teamId, revokedAt: null, acceptedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("not_found", "This invite does not exist or was already used.");
  return { id: inviteId };
}
