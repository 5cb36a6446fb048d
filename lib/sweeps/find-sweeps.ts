// The team's sweeps, newest first, a page at a time, by project and status.
import type { SweepStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import type { TFindSweepsQuery, TSweepPage } from "./schemas";
import { SWEEP_SUMMARY_SELECT, toSweepSummary } from "./sweep-summary";

const PAGE_SIZE = 50;

export async function findSweeps(actor: TActor | null, query: TFindSweepsQuery): Promise<TSweepPage> {
  const { teamId } = authorizeInTeam(actor, "run.read");
  const where = {
    teamId,
    ...(query.projectId && { projectId: query.projectId }),
    ...(query.status && { status: query.status.toUpperCase() as SweepStatus }),
  };
  const [sweeps, total] = await Promise.all([
    db.sweep.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (query.page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: SWEEP_SUMMARY_SELECT }),
    db.sweep.count({ where }),
  ]);
  return { sweeps: sweeps.map(toSweepSummary), total, page: query.page, pageSize: PAGE_SIZE };
}
