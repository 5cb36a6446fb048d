// Worker tokens: what a worker proves when it dials in. Made by admins, shown once, kept
// hashed. Revoking one disconnects its workers at once, on every replica (their sockets
// share the token's room), and their kernels are lost, visibly, in their notebooks.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeInTeam } from "@/lib/auth/authorize";
import { generateSecretToken } from "@/lib/auth/secret-token";
import type { TActor } from "@/lib/permissions";
import { WORKERS_ROOM } from "@/lib/protocol";
import { getSocketServer, publishToRoom } from "@/lib/server/publish";
import { loseWorkerSessions } from "@/lib/kernels/lose-worker-sessions";
import type { TCreateWorkerToken } from "./schemas";
import { workerTokenRoom } from "./worker-rooms";

export async function findWorkerTokens(actor: TActor | null) {
  const { teamId } = authorizeInTeam(actor, "worker.read");
  const tokens = await db.workerToken.findMany({
    where: { teamId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, _count: { select: { workers: true } } },
  });
  return tokens.map(({ _count, ...token }) => ({ ...token, workerCount: _count.workers }));
}

/** The only time the secret is returned. */
export async function createWorkerToken(actor: TActor | null, input: TCreateWorkerToken) {
  const { teamId, userId } = authorizeInTeam(actor, "worker.manage");
  const { token, tokenHash, prefix } = generateSecretToken("mlw");
  const created = await db.workerToken.create({ data: { teamId, createdById: userId, name: input.name, tokenHash, prefix } });
  return { id: created.id, name: created.name, prefix, token };
}

export async function revokeWorkerToken(actor: TActor | null, tokenId: string) {
  const { teamId } = authorizeInTeam(actor, "worker.manage");
  const { count } = await db.workerToken.updateMany({ where: { id: tokenId, teamId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw new AppError("not_found", "This worker token does not exist or was already revoked.");
  getSocketServer()?.of("/workers").in(workerTokenRoom(tokenId)).disconnectSockets(true);
  const workers = await db.worker.findMany({ where: { workerTokenId: tokenId }, select: { id: true, hostname: true } });
  await db.worker.updateMany({ where: { workerTokenId: tokenId }, data: { status: "OFFLINE" } });
  for (const worker of workers) {
    await loseWorkerSessions({ workerId: worker.id, hostname: worker.hostname, what: "was disconnected (its worker token was revoked)" });
    publishToRoom(teamId, WORKERS_ROOM, "worker:changed", { workerId: worker.id, status: "offline" });
  }
  return { id: tokenId };
}
