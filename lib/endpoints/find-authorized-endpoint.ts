// One of the caller's team's endpoints, for an action on it; another team's is "not found".
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TAction, TActor } from "@/lib/permissions";

export async function findAuthorizedEndpoint(actor: TActor | null, action: TAction, endpointId: string) {
  const endpoint = await db.endpoint.findFirst({ where: { id: endpointId, teamId: actor?.teamId ?? "" } });
  if (!endpoint) throw new AppError("not_found", "This endpoint does not exist.");
  authorize(actor, action, endpoint);
  return endpoint;
}
