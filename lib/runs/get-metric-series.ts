// One metric's points for a chart: all of them when few, else downsampled to each step
// bucket's lowest and highest point (with the bucket's min and max), so that no spike or dip
// disappears at any zoom: from the rollups kept at ingest when a chart bucket spans at least
// one of theirs, else from the points themselves, in PostgreSQL. Non-finite values (NaN, ±Infinity) are left out of the
// buckets and returned as they are, the latest MAX_NON_FINITE of them, so charts can say so.
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { inPreparedTransaction, queryPrepared } from "@/lib/db/prepared-query";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedRun } from "./find-authorized-run";
import { fromStoredValue } from "./metric-values";
import { ROLLUP_WIDTHS } from "./store-metric-points";
import type { TMetricSeries, TMetricSeriesQuery } from "./schemas";

const MAX_NON_FINITE = 1000;
const NON_FINITE = Prisma.sql`('NaN', 'Infinity', '-Infinity')`;

type TRow = { step: number; time: number; value: number; min: number | null; max: number | null };

// One pass, no sort: min() and max() of [value, step, time] arrays give each bucket's extreme
// points with their steps (PostgreSQL compares arrays element by element); buckets are plain
// arithmetic on the step (width_bucket against a joined span cost 2.5 times as much).
// The planner must hash: statistics of a table still filling with a run's points can promise
// a few rows where there are a million, and a sort of them spilled to disk (640 ms, not 130).
// Compiling the expressions (JIT) costs more than it saves on one pass.
async function bucketExtremes(range: Prisma.Sql, span: { lo: number; steps: number }, buckets: number) {
  const rows = await inPreparedTransaction(async (query) => {
    await query(Prisma.sql`SET LOCAL enable_sort = off`);
    await query(Prisma.sql`SET LOCAL jit = off`);
    return query<{ low: number[]; high: number[]; count: number }>(Prisma.sql`
      SELECT min(ARRAY[value, step::float8, time]) AS low, max(ARRAY[value, -step::float8, time]) AS high, count(*)::int AS count
      FROM "MetricPoint" WHERE ${range} AND value NOT IN ${NON_FINITE}
      GROUP BY floor((step - ${span.lo}::int8)::float8 * ${buckets}::int / ${span.steps}::float8)`);
  });
  const points = rows.flatMap(({ low, high }): TRow[] => {
    const [min, lowStep, lowTime] = low;
    const [max, highStep, highTime] = high;
    const lowest = { step: lowStep, time: lowTime, value: min, min, max };
    return -highStep === lowStep ? [lowest] : [lowest, { step: -highStep, time: highTime, value: max, min, max }];
  });
  return { points, count: rows.reduce((sum, row) => sum + row.count, 0) };
}

type TRollup = { bucket: number; count: number; minStep: number; minTime: number; minValue: number; maxStep: number; maxTime: number; maxValue: number };

// A long range, from the rollups kept at ingest: each chart bucket gathers the rollup buckets
// that start in it and keeps their lowest and highest point (only those inside the range).
async function rollupExtremes(metricId: number, span: { lo: number; hi: number; steps: number }, width: number, buckets: number) {
  const rollups = await queryPrepared<TRollup>(Prisma.sql`
    SELECT bucket::float8 AS bucket, count, "minStep"::float8 AS "minStep", "minTime", "minValue", "maxStep"::float8 AS "maxStep", "maxTime", "maxValue"
    FROM "MetricRollup" WHERE "metricId" = ${metricId} AND width = ${width} AND bucket BETWEEN ${Math.floor(span.lo / width)} AND ${Math.floor(span.hi / width)}`);
  const chartBuckets = new Map<number, { low?: TRow; high?: TRow }>();
  const isInside = (step: number) => step >= span.lo && step <= span.hi;
  for (const rollup of rollups) {
    const index = Math.min(buckets - 1, Math.max(0, Math.floor(((rollup.bucket * width - span.lo) * buckets) / span.steps)));
    const chartBucket = chartBuckets.get(index) ?? {};
    chartBuckets.set(index, chartBucket);
    if (isInside(rollup.minStep) && (!chartBucket.low || rollup.minValue < chartBucket.low.value)) {
      chartBucket.low = { step: rollup.minStep, time: rollup.minTime, value: rollup.minValue, min: null, max: null };
    }
    if (isInside(rollup.maxStep) && (!chartBucket.high || rollup.maxValue > chartBucket.high.value)) {
      chartBucket.high = { step: rollup.maxStep, time: rollup.maxTime, value: rollup.maxValue, min: null, max: null };
    }
  }
  const points = [...chartBuckets.values()].flatMap(({ low, high }): TRow[] => {
    const extremes = [low, high].filter((point): point is TRow => point !== undefined);
    const min = Math.min(...extremes.map((point) => point.value));
    const max = Math.max(...extremes.map((point) => point.value));
    const withBand = extremes.map((point) => ({ ...point, min, max }));
    return low && high && low.step === high.step ? [withBand[0]] : withBand;
  });
  return { points, count: rollups.reduce((sum, rollup) => sum + rollup.count, 0) };
}

async function finitePoints(range: Prisma.Sql) {
  const points = await queryPrepared<TRow>(Prisma.sql`
    SELECT step::float8 AS step, time, value, NULL AS min, NULL AS max FROM "MetricPoint" WHERE ${range} AND value NOT IN ${NON_FINITE}`);
  return { points, count: points.length };
}

export async function getMetricSeries(actor: TActor | null, input: { runId: string; key: string } & TMetricSeriesQuery): Promise<TMetricSeries> {
  await findAuthorizedRun(actor, input.runId);
  const metric = await db.runMetric.findUnique({ where: { runId_key: { runId: input.runId, key: input.key } }, select: { id: true, nonFiniteCount: true } });
  if (!metric) throw new AppError("not_found", `This run has no metric "${input.key}".`);
  const range = Prisma.sql`"metricId" = ${metric.id} AND step BETWEEN ${input.from ?? 0} AND ${input.to ?? Number.MAX_SAFE_INTEGER}`;
  // The range's first and last steps come from the primary key's ends, without a scan.
  const [span] = await queryPrepared<{ lo: number | null; hi: number | null }>(Prisma.sql`
    SELECT min(step)::float8 AS lo, max(step)::float8 AS hi FROM "MetricPoint" WHERE ${range}`);
  if (span.lo === null || span.hi === null) return { key: input.key, total: 0, isDownsampled: false, points: [] };
  // One point a step at most: a range of few steps is sent whole.
  const steps = span.hi - span.lo + 1;
  const isDownsampled = steps > 2 * input.buckets;
  const width = ROLLUP_WIDTHS.filter((candidate) => candidate <= steps / input.buckets).at(-1);
  const finite = !isDownsampled
    ? await finitePoints(range)
    : width
      ? await rollupExtremes(metric.id, { lo: span.lo, hi: span.hi, steps }, width, input.buckets)
      : await bucketExtremes(range, { lo: span.lo, steps }, input.buckets);
  const nonFinite = metric.nonFiniteCount
    ? await queryPrepared<TRow & { count: number }>(Prisma.sql`
        SELECT step::float8 AS step, time, value, NULL AS min, NULL AS max, count(*) OVER ()::int AS count FROM "MetricPoint"
        WHERE ${range} AND value IN ${NON_FINITE} ORDER BY step DESC LIMIT ${MAX_NON_FINITE}`)
    : [];
  const points = [...finite.points, ...nonFinite]
    .sort((a, b) => a.step - b.step)
    .map((row) => ({
      step: row.step,
      time: row.time,
      value: fromStoredValue(row.value),
      ...(row.min !== null && row.max !== null && { min: row.min, max: row.max }),
    }));
  return { key: input.key, total: finite.count + (nonFinite[0]?.count ?? 0), isDownsampled, points };
}
