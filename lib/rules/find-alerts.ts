// The team's alert feed, newest first, a page at a time.
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import type { TAlertPage, TFindAlertsQuery } from "./schemas";

const PAGE_SIZE = 50;

export async function findAlerts(actor: TActor | null, query: TFindAlertsQuery): Promise<TAlertPage> {
  const { teamId } = authorizeInTeam(actor, "run.read");
  const [alerts, total] = await Promise.all([
    db.alert.findMany({
      where: { teamId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, title: true, message: true, createdAt: true, run: { select: { id: true, name: true } } },
    }),
    db.alert.count({ where: { teamId } }),
  ]);
  return { alerts, total, page: query.page, pageSize: PAGE_SIZE };
}
