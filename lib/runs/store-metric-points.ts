// A batch's metric values, stored in three statements whatever their number: each run's
// metrics (created on first use); then in one, the points (a step logged again replaces its
// value), their buckets' extremes for long charts (MetricRollup), and each metric's running
// figures (count, last, min, max) that the runs table shows. A value replaced by a lower or
// higher one may linger as a bucket's or metric's extreme: replacing is rare, losing a spike worse.
import { Prisma } from "@prisma/client";
import type { TPreparedQuery } from "@/lib/db/prepared-query";
import type { TMetricValue, TSdkEvent } from "@/lib/protocol/sdk-events";
import { toNumber } from "./metric-values";

/** Steps per rollup bucket; a chart reads the widest that still gives each of its buckets one. */
export const ROLLUP_WIDTHS = [64, 4096];

type TPoint = { step: number; time: number; value: TMetricValue };
/** run id → metric key → its new points, in the order logged. */
export type TLoggedSeries = Map<string, Map<string, TPoint[]>>;

export function collectSeries(events: TSdkEvent[]): TLoggedSeries {
  const series: TLoggedSeries = new Map();
  for (const event of events) {
    if (event.type !== "metrics") continue;
    const ofRun = series.get(event.run) ?? new Map<string, TPoint[]>();
    series.set(event.run, ofRun);
    for (const [key, value] of Object.entries(event.values)) {
      const points = ofRun.get(key) ?? [];
      ofRun.set(key, points);
      points.push({ step: event.step, time: event.time, value });
    }
  }
  return series;
}

export async function storeMetricPoints(query: TPreparedQuery, series: TLoggedSeries) {
  const runIds: string[] = [];
  const keys: string[] = [];
  for (const [runId, ofRun] of series) {
    for (const key of ofRun.keys()) {
      runIds.push(runId);
      keys.push(key);
    }
  }
  if (!keys.length) return;
  await query(Prisma.sql`
    INSERT INTO "RunMetric" ("runId", key) SELECT * FROM unnest(${runIds}::text[], ${keys}::text[])
    ON CONFLICT ("runId", key) DO NOTHING`);
  const metrics = await query<{ id: number; runId: string; key: string }>(Prisma.sql`
    SELECT m.id, m."runId", m.key FROM "RunMetric" m JOIN unnest(${runIds}::text[], ${keys}::text[]) AS b("runId", key)
      ON m."runId" = b."runId" AND m.key = b.key`);

  // One row per (metric, step), the last logged: a statement may not update a row twice.
  const latest = new Map<string, { metricId: number } & TPoint>();
  for (const metric of metrics) {
    for (const point of series.get(metric.runId)!.get(metric.key)!) latest.set(`${metric.id}:${point.step}`, { metricId: metric.id, ...point });
  }
  const rows = [...latest.values()];
  await query(Prisma.sql`
    WITH written AS (
      INSERT INTO "MetricPoint" ("metricId", step, time, value)
      SELECT * FROM unnest(${rows.map((r) => r.metricId)}::int[], ${rows.map((r) => r.step)}::int8[], ${rows.map((r) => r.time)}::float8[], ${rows.map((r) => toNumber(r.value))}::float8[])
      ON CONFLICT ("metricId", step) DO UPDATE SET time = excluded.time, value = excluded.value
      RETURNING "metricId", step, time, value, (xmax = 0) AS "isNew"
    ),
    extremes AS (
      SELECT "metricId", w.width, step / w.width AS bucket, count(*) FILTER (WHERE "isNew") AS count,
        min(ARRAY[value, step::float8, time]) AS low, max(ARRAY[value, -step::float8, time]) AS high
      FROM written, unnest(${ROLLUP_WIDTHS}::int[]) AS w(width)
      WHERE value NOT IN ('NaN', 'Infinity', '-Infinity')
      GROUP BY "metricId", w.width, step / w.width
    ),
    rolled AS (
      INSERT INTO "MetricRollup" AS r ("metricId", width, bucket, count, "minValue", "minStep", "minTime", "maxValue", "maxStep", "maxTime")
      SELECT "metricId", width, bucket, count, low[1], low[2]::int8, low[3], high[1], (-high[2])::int8, high[3] FROM extremes
      ON CONFLICT ("metricId", width, bucket) DO UPDATE SET
        count = r.count + excluded.count,
        "minStep" = CASE WHEN excluded."minValue" < r."minValue" THEN excluded."minStep" ELSE r."minStep" END,
        "minTime" = CASE WHEN excluded."minValue" < r."minValue" THEN excluded."minTime" ELSE r."minTime" END,
        "minValue" = LEAST(r."minValue", excluded."minValue"),
        "maxStep" = CASE WHEN excluded."maxValue" > r."maxValue" THEN excluded."maxStep" ELSE r."maxStep" END,
        "maxTime" = CASE WHEN excluded."maxValue" > r."maxValue" THEN excluded."maxTime" ELSE r."maxTime" END,
        "maxValue" = GREATEST(r."maxValue", excluded."maxValue")
    ),
    figures AS (
      SELECT "metricId", count(*) FILTER (WHERE "isNew") AS added, max(step) AS "lastStep",
        count(*) FILTER (WHERE "isNew" AND value IN ('NaN', 'Infinity', '-Infinity')) AS "nonFinite",
        (array_agg(value ORDER BY step DESC))[1] AS "lastValue",
        min(value) FILTER (WHERE value NOT IN ('NaN', 'Infinity', '-Infinity')) AS "minValue",
        max(value) FILTER (WHERE value NOT IN ('NaN', 'Infinity', '-Infinity')) AS "maxValue"
      FROM written GROUP BY "metricId"
    )
    UPDATE "RunMetric" m SET
      count = m.count + f.added,
      "nonFiniteCount" = m."nonFiniteCount" + f."nonFinite",
      "lastValue" = CASE WHEN m."lastStep" IS NULL OR f."lastStep" >= m."lastStep" THEN f."lastValue" ELSE m."lastValue" END,
      "lastStep" = GREATEST(m."lastStep", f."lastStep"),
      "minValue" = LEAST(m."minValue", f."minValue"),
      "maxValue" = GREATEST(m."maxValue", f."maxValue")
    FROM figures f WHERE m.id = f."metricId"`);
}
