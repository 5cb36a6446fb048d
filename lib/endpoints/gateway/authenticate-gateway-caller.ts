// Who calls the gateway: an API token (Authorization: Bearer mls_…), or a signed-in browser
// (the console's test panel). Tokens are remembered for a second, so a client sending
// hundreds of requests a second costs one lookup a second; a revoked token stops working
// within that second.
import type { IncomingHttpHeaders } from "node:http";
import { actorForUser } from "@/lib/auth/actor-for-user";
import { sessionFromHeaders } from "@/lib/auth/session-from-headers";
import type { TActor } from "@/lib/permissions";
import { authenticateApiToken } from "@/lib/tokens/authenticate-api-token";

const TOKEN_TTL_MS = 1000;
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, { at: number; actor: Promise<TActor | null> }>();

function actorOfToken(token: string) {
  const now = performance.now();
  const entry = remembered.get(token);
  if (entry && now - entry.at < TOKEN_TTL_MS) return entry.actor;
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  const actor = authenticateApiToken(token);
  remembered.set(token, { at: now, actor });
  actor.catch(() => remembered.delete(token));
  return actor;
}

/** A browser's cookie is sent by any site that posts here: only the studio's own pages count. */
function isSameOrigin(headers: IncomingHttpHeaders) {
  const origin = headers.origin;
  return typeof origin === "string" && headers.host !== undefined && new URL(origin).host === headers.host;
}

export async function authenticateGatewayCaller(headers: IncomingHttpHeaders, method = "GET"): Promise<TActor | null> {
  const authorization = headers.authorization;
  if (authorization?.startsWith("Bearer ")) return actorOfToken(authorization.slice(7).trim());
  if (method !== "GET" && !isSameOrigin(headers)) return null;
  const session = await sessionFromHeaders(headers);
  return session.userId ? actorForUser(session.userId, session.preferredTeamId) : null;
}
