// The team's runs for the runs table: filtered, sorted and paged in PostgreSQL (a team may
// have tens of thousands), with the values of the columns shown and every column there is.
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { fromStoredValue } from "./metric-values";
import { columnKey, runsOrderSql, runsWhereSql } from "./runs-filter-sql";
import { RUNS_PAGE_SIZE, type TColumn, type TFindRunsFilter, type TRunPage } from "./schemas";

const DEFAULT_METRIC_COLUMNS = 4;
const MAX_AVAILABLE_COLUMNS = 500;

/** The metrics and params the matching runs have, the most common first. */
async function availableColumns(where: Prisma.Sql) {
  const rows = await db.$queryRaw<Array<{ column: TColumn }>>`
    SELECT column_name AS column FROM (
      SELECT 'metric.' || m.key AS column_name, count(*) AS runs FROM "Run" r JOIN "RunMetric" m ON m."runId" = r.id WHERE ${where} GROUP BY m.key
      UNION ALL
      SELECT 'param.' || k AS column_name, count(*) AS runs FROM "Run" r, jsonb_object_keys(r.params) k WHERE ${where} GROUP BY k
    ) columns ORDER BY runs DESC, column_name LIMIT ${MAX_AVAILABLE_COLUMNS}`;
  return rows.map((row) => row.column);
}

function valueOf(run: { params: unknown; metrics: Array<{ key: string; lastValue: number | null }> }, column: TColumn) {
  const key = columnKey(column);
  if (column.startsWith("param.")) return (run.params as Record<string, unknown>)[key] ?? null;
  const lastValue = run.metrics.find((metric) => metric.key === key)?.lastValue;
  return lastValue === null || lastValue === undefined ? null : fromStoredValue(lastValue);
}

export async function findRuns(actor: TActor | null, filter: TFindRunsFilter): Promise<TRunPage> {
  const { teamId } = authorizeInTeam(actor, "run.read");
  const where = runsWhereSql(teamId, filter);
  const [[{ total }], page, available] = await Promise.all([
    db.$queryRaw<Array<{ total: number }>>`SELECT count(*)::int AS total FROM "Run" r WHERE ${where}`,
    db.$queryRaw<Array<{ id: string }>>`
      SELECT r.id FROM "Run" r WHERE ${where} ORDER BY ${runsOrderSql(filter)}
      LIMIT ${RUNS_PAGE_SIZE} OFFSET ${(filter.page - 1) * RUNS_PAGE_SIZE}`,
    availableColumns(where),
  ]);
  const columns = filter.cols ?? available.filter((column) => column.startsWith("metric.")).slice(0, DEFAULT_METRIC_COLUMNS);
  const metricKeys = columns.filter((column) => column.startsWith("metric.")).map(columnKey);
  const ids = page.map((row) => row.id);
  const runs = await db.run.findMany({
    where: { id: { in: ids } },
    include: {
      project: { select: { name: true, slug: true } },
      createdBy: { select: { name: true } },
      metrics: { where: { key: { in: metricKeys } }, select: { key: true, lastValue: true } },
    },
  });
  const byId = new Map(runs.map((run) => [run.id, run]));
  return {
    total,
    page: filter.page,
    pageSize: RUNS_PAGE_SIZE,
    columns,
    availableColumns: available,
    runs: ids.map((id) => byId.get(id)!).map((run) => ({
      id: run.id,
      name: run.name,
      status: run.status.toLowerCase() as TRunPage["runs"][number]["status"],
      project: run.project,
      createdBy: run.createdBy?.name ?? null,
      tags: run.tags,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      values: Object.fromEntries(columns.map((column) => [column, valueOf(run, column)])),
    })),
  };
}
