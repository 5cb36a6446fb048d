// One metric's points for a chart: all of them when few, else downsampled in PostgreSQL to
// each step bucket's lowest and highest point (with the bucket's min and max), so that no
// spike or dip disappears at any zoom. Non-finite values (NaN, ±Infinity) are left out of the
// buckets and returned as they are, the latest MAX_NON_FINITE of them, so charts can say so.
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { queryPrepared } from "@/lib/db/prepared-query";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedRun } from "./find-authorized-run";
import { fromStoredValue } from "./metric-values";
import type { TMetricSeries, TMetricSeriesQuery } from "./schemas";

const MAX_NON_FINITE = 1000;
const NON_FINITE = Prisma.sql`('NaN', 'Infinity', '-Infinity')`;

type TRow = { step: number; time: number; value: number; min: number | null; max: number | null };

// One pass, no sort: min() and max() of [value, step, time] arrays give each bucket's extreme
// points with their steps (PostgreSQL compares arrays element by element). The span is
// materialized: inlined, it was computed again for every point (a minute for 20,000).
async function bucketExtremes(range: Prisma.Sql, buckets: number): Promise<TRow[]> {
  const rows = await queryPrepared<{ low: number[]; high: number[] }>(Prisma.sql`
    WITH span AS MATERIALIZED (SELECT min(step) AS lo, max(step) + 1 AS hi FROM "MetricPoint" WHERE ${range})
    SELECT min(ARRAY[value, step::float8, time]) AS low, max(ARRAY[value, -step::float8, time]) AS high
    FROM "MetricPoint", span WHERE ${range} AND value NOT IN ${NON_FINITE}
    GROUP BY width_bucket(step, lo, hi, ${buckets})`);
  return rows.flatMap(({ low, high }) => {
    const [min, lowStep, lowTime] = low;
    const [max, highStep, highTime] = high;
    const lowest = { step: lowStep, time: lowTime, value: min, min, max };
    return -highStep === lowStep ? [lowest] : [lowest, { step: -highStep, time: highTime, value: max, min, max }];
  });
}

export async function getMetricSeries(actor: TActor | null, input: { runId: string; key: string } & TMetricSeriesQuery): Promise<TMetricSeries> {
  await findAuthorizedRun(actor, input.runId);
  const metric = await db.runMetric.findUnique({ where: { runId_key: { runId: input.runId, key: input.key } }, select: { id: true } });
  if (!metric) throw new AppError("not_found", `This run has no metric "${input.key}".`);
  const from = input.from ?? 0;
  const to = input.to ?? Number.MAX_SAFE_INTEGER;
  const range = Prisma.sql`"metricId" = ${metric.id} AND step BETWEEN ${from} AND ${to}`;

  const [{ total }] = await queryPrepared<{ total: number }>(Prisma.sql`SELECT count(*)::int AS total FROM "MetricPoint" WHERE ${range}`);
  const isDownsampled = total > 2 * input.buckets;
  const finite = isDownsampled ? await bucketExtremes(range, input.buckets) : await queryPrepared<TRow>(Prisma.sql`
        SELECT step::float8 AS step, time, value, NULL AS min, NULL AS max FROM "MetricPoint" WHERE ${range} AND value NOT IN ${NON_FINITE}`);
  const nonFinite = await queryPrepared<TRow>(Prisma.sql`
    SELECT step::float8 AS step, time, value, NULL AS min, NULL AS max FROM "MetricPoint" WHERE ${range} AND value IN ${NON_FINITE}
    ORDER BY step DESC LIMIT ${MAX_NON_FINITE}`);
  const points = [...finite, ...nonFinite]
    .sort((a, b) => a.step - b.step)
    .map((row) => ({
      step: row.step,
      time: row.time,
      value: fromStoredValue(row.value),
      ...(row.min !== null && row.max !== null && { min: row.min, max: row.max }),
    }));
  return { key: input.key, total, isDownsampled, points };
}
