// The runs table's filter and sort as SQL over "Run" r: every value is a bound parameter, and
// operators come from a fixed list, whatever the query string says.
import { Prisma } from "@prisma/client";
import type { TColumn, TFindRunsFilter, TRunCondition } from "./schemas";

const OPERATORS = { "=": "=", "!=": "<>", ">": ">", "<": "<", ">=": ">=", "<=": "<=" } as const;

// A param's number, or NULL when it is not one (a cast of text would fail the whole query).
const paramNumber = (key: string) => Prisma.sql`(CASE WHEN jsonb_typeof(r.params -> ${key}) = 'number' THEN (r.params ->> ${key})::float8 END)`;
const metricValue = (key: string) => Prisma.sql`(SELECT m."lastValue" FROM "RunMetric" m WHERE m."runId" = r.id AND m.key = ${key})`;

function conditionSql({ field, key, op, value }: TRunCondition) {
  const operator = Prisma.raw(OPERATORS[op]);
  if (field === "metric") return Prisma.sql`${metricValue(key)} ${operator} ${Number(value)}::float8`;
  if (op === "=" || op === "!=") return Prisma.sql`(r.params ->> ${key}) ${operator} ${value}`;
  return Prisma.sql`${paramNumber(key)} ${operator} ${Number(value)}::float8`;
}

export function runsWhereSql(teamId: string, filter: TFindRunsFilter) {
  const conditions = [Prisma.sql`r."teamId" = ${teamId}`];
  if (filter.project) {
    conditions.push(Prisma.sql`r."projectId" IN (SELECT p.id FROM "Project" p WHERE p."teamId" = ${teamId} AND (p.id = ${filter.project} OR p.slug = ${filter.project}))`);
  }
  if (filter.q) conditions.push(Prisma.sql`strpos(lower(r.name), lower(${filter.q})) > 0`);
  if (filter.tag) conditions.push(Prisma.sql`${filter.tag} = ANY(r.tags)`);
  if (filter.status) conditions.push(Prisma.sql`r.status = ${filter.status.toUpperCase()}::"RunStatus"`);
  for (const condition of filter.where ?? []) conditions.push(conditionSql(condition));
  return Prisma.join(conditions, " AND ");
}

function sortKeySql(sort: TFindRunsFilter["sort"]) {
  if (sort === "startedAt") return Prisma.sql`r."startedAt"`;
  if (sort === "name") return Prisma.sql`r.name`;
  if (sort === "status") return Prisma.sql`r.status`;
  const key = columnKey(sort);
  return sort.startsWith("metric.") ? metricValue(key) : Prisma.sql`(r.params -> ${key})`;
}

export function runsOrderSql(filter: TFindRunsFilter) {
  const direction = Prisma.raw(filter.order === "asc" ? "ASC" : "DESC");
  return Prisma.sql`${sortKeySql(filter.sort)} ${direction} NULLS LAST, r."startedAt" DESC, r.id DESC`;
}

export function columnKey(column: TColumn) {
  return column.slice(column.indexOf(".") + 1);
}
