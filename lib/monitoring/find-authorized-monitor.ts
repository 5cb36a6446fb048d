// One of the caller's team's monitors; another team's is "not found".
import { authorize } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TAction, TActor } from "@/lib/permissions";

export async function findAuthorizedMonitor(actor: TActor | null, monitorId: string, action: TAction = "monitoring.read") {
  const monitor = await db.monitor.findFirst({ where: { id: monitorId, teamId: actor?.teamId ?? "" } });
  if (!monitor) throw new AppError("not_found", "This monitor does not exist.");
  authorize(actor, action, monitor);
  return monitor;
}
