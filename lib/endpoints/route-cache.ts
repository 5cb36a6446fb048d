// The gateway's routing table is cached in memory; every change to an endpoint, a deployment
// or a replica forgets the team's entries so the next request reads them again. Next bundles
// route code apart from server.ts (where the gateway runs), so the cache lives on globalThis
// for both to see. Other studio processes notice within the cache's lifetime (ROUTE_TTL_MS).
const holder = globalThis as unknown as { mlsEndpointRoutes?: Map<string, { at: number; value: unknown }> };

export const ROUTE_TTL_MS = 1000;

function entries() {
  holder.mlsEndpointRoutes ??= new Map();
  return holder.mlsEndpointRoutes;
}

export function readCachedRoute<T>(key: string): T | undefined {
  const entry = entries().get(key);
  return entry && performance.now() - entry.at < ROUTE_TTL_MS ? (entry.value as T) : undefined;
}

export function writeCachedRoute(key: string, value: unknown) {
  entries().set(key, { at: performance.now(), value });
}

export function forgetCachedRoute(key: string) {
  entries().delete(key);
}

export function forgetTeamRoutes(teamId: string) {
  for (const key of entries().keys()) if (key.startsWith(`${teamId}/`)) entries().delete(key);
}
