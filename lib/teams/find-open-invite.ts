import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { hashSecretToken } from "@/lib/auth/secret-token";

/** The invite behind a link, if it can still be used. */
export async function findOpenInvite(token: string, client: Prisma.TransactionClient = db) {
  const invite = await client.invite.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: {
      id: true,
      teamId: true,
      role: true,
      email: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      team: { select: { name: true } },
    },
  });
  if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt < new Date()) return null;
  return invite;
}
