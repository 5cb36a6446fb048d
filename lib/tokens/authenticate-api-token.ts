// Resolves `Authorization: Bearer mls_…` to the token owner's actor in the token's team.
import { db } from "@/lib/db";
import { hashSecretToken } from "@/lib/auth/secret-token";
import type { TActor } from "@/lib/permissions";

// lastUsedAt is a hint for people, not an audit log: write it at most once a minute.
const LAST_USED_RESOLUTION_MS = 60_000;

export async function authenticateApiToken(token: string): Promise<TActor | null> {
  const found = await db.apiToken.findUnique({ where: { tokenHash: hashSecretToken(token) } });
  if (!found || found.revokedAt) return null;
  const membership = await db.membership.findUnique({
    where: { userId_teamId: { userId: found.userId, teamId: found.teamId } },
  });
  if (!membership) return null;
  const now = Date.now();
  if (!found.lastUsedAt || now - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { userId: found.userId, teamId: found.teamId, role: membership.role, ...(found.jobId && { jobId: found.jobId }) };
}
