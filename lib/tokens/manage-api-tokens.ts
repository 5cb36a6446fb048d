// Personal API tokens for /api/v1 and the Python SDK: shown once, stored hashed.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/auth/authorize";
import { generateSecretToken } from "@/lib/auth/secret-token";
import type { TActor } from "@/lib/permissions";
import type { TCreateApiToken } from "./schemas";

function ownTokens(actor: TActor | null) {
  const owner = authorize(actor, "token.manage", { teamId: actor?.teamId ?? "", userId: actor?.userId });
  return { userId: owner.userId, teamId: owner.teamId };
}

export async function findApiTokens(actor: TActor | null) {
  return db.apiToken.findMany({
    // A job's own token comes and goes with its job: not the user's to see or revoke.
    where: { ...ownTokens(actor), revokedAt: null, jobId: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, scope: true, createdAt: true, lastUsedAt: true },
  });
}

/** The only time the secret is returned. */
export async function createApiToken(actor: TActor | null, input: TCreateApiToken) {
  const owner = ownTokens(actor);
  const { token, tokenHash, prefix } = generateSecretToken("mls");
  const created = await db.apiToken.create({ data: { ...owner, name: input.name, scope: input.scope ?? "FULL", tokenHash, prefix } });
  return { id: created.id, name: created.name, prefix, token };
}

export async function revokeApiToken(actor: TActor | null, tokenId: string) {
  const { count } = await db.apiToken.updateMany({
    where: { id: tokenId, ...ownTokens(actor), revokedAt: null, jobId: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("not_found", "This token does not exist or was already revoked.");
  return { id: tokenId };
}
