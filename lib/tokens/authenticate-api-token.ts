// Resolves `Authorization: Bearer mls_…` to the token owner's actor in the token's team. One
// prepared statement (the token with its owner's role in that team): it runs on every request
// a script, a job or an annotator's tool makes.
import { Prisma, type Role } from "@prisma/client";
import { db } from "@/lib/db";
import { queryPrepared } from "@/lib/db/prepared-query";
import { hashSecretToken } from "@/lib/auth/secret-token";
import type { TActor } from "@/lib/permissions";

// lastUsedAt is a hint for people, not an audit log: write it at most once a minute.
const LAST_USED_RESOLUTION_MS = 60_000;

type TTokenRow = { id: string; userId: string; teamId: string; jobId: string | null; isEndpointOnly: boolean; isRevoked: boolean; lastUsedAt: Date | null; role: Role };

export async function authenticateApiToken(token: string): Promise<TActor | null> {
  const [found] = await queryPrepared<TTokenRow>(Prisma.sql`
    SELECT t.id, t."userId", t."teamId", t."jobId", t.scope = 'ENDPOINTS' AS "isEndpointOnly", t."revokedAt" IS NOT NULL AS "isRevoked", t."lastUsedAt" AT TIME ZONE 'UTC' AS "lastUsedAt", m.role::text AS role
    FROM "ApiToken" t JOIN "Membership" m ON m."userId" = t."userId" AND m."teamId" = t."teamId"
    WHERE t."tokenHash" = ${hashSecretToken(token)}`);
  if (!found || found.isRevoked) return null;
  const now = Date.now();
  if (!found.lastUsedAt || now - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date(now) } });
  }
  return { userId: found.userId, teamId: found.teamId, role: found.role, ...(found.jobId && { jobId: found.jobId }), ...(found.isEndpointOnly && { isEndpointOnly: true as const }) };
}
