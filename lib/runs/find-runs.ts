// The team's runs, newest first, a page at a time (the server pages; a team may have tens of
// thousands), with each run's metrics' last values for the table's columns.
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { fromStoredValue } from "./metric-values";
import { RUNS_PAGE_SIZE, type TFindRunsQuery, type TRunPage } from "./schemas";

export async function findRuns(actor: TActor | null, query: TFindRunsQuery): Promise<TRunPage> {
  const { teamId } = authorizeInTeam(actor, "run.read");
  const where = { teamId, ...(query.project && { project: { OR: [{ id: query.project }, { slug: query.project }] } }) };
  const [total, runs] = await Promise.all([
    db.run.count({ where }),
    db.run.findMany({
      where,
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * RUNS_PAGE_SIZE,
      take: RUNS_PAGE_SIZE,
      include: {
        project: { select: { name: true, slug: true } },
        createdBy: { select: { name: true } },
        metrics: { select: { key: true, lastValue: true } },
      },
    }),
  ]);
  return {
    total,
    page: query.page,
    pageSize: RUNS_PAGE_SIZE,
    runs: runs.map((run) => ({
      id: run.id,
      name: run.name,
      status: run.status.toLowerCase() as TRunPage["runs"][number]["status"],
      project: run.project,
      createdBy: run.createdBy?.name ?? null,
      tags: run.tags,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      metrics: Object.fromEntries(run.metrics.map((m) => [m.key, m.lastValue === null ? null : fromStoredValue(m.lastValue)])),
    })),
  };
}
