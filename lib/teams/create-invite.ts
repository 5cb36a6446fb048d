import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeInTeam } from "@/lib/auth/authorize";
import { generateSecretToken } from "@/lib/auth/secret-token";
import type { TActor } from "@/lib/permissions";
import type { TCreateInvite } from "./schemas";

export const INVITE_LIFETIME_MS = 7 * 24 * 3600_000;

/** Returns the secret token once; the invite link is /invite/<token>. */
export async function createInvite(actor: TActor | null, input: TCreateInvite) {
  const inviter = authorizeInTeam(actor, "team.invite");
  if (input.role === "OWNER" && inviter.role !== "OWNER") {
    throw new AppError("forbidden", "Only an owner can invite another owner.");
  }
  const { token, tokenHash } = generateSecretToken("inv");
  const invite = await db.invite.create({
    data: {
      teamId: inviter.teamId,
      role: input.role,
      email: input.email,
      tokenHash,
      createdById: inviter.userId,
      expiresAt: new Date(Date.now() + INVITE_LIFETIME_MS),
    },
  });
  return { id: invite.id, token, role: invite.role, email: invite.email, expiresAt: invite.expiresAt };
}
