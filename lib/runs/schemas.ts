import { z } from "zod";
import { ZMetricValue } from "@/lib/protocol/sdk-events";

const ZId = z.string().min(1).max(64);
export const ZRunParams = z.object({ id: ZId });
export const ZRunMetricParams = z.object({ id: ZId, key: z.string().min(1).max(200) });

export const ZRunStatusName = z.enum(["running", "finished", "failed"]);

export const ZRunMetricFigures = z.object({
  key: z.string(),
  count: z.number().int(),
  lastStep: z.number().nullable(),
  lastValue: ZMetricValue.nullable(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
});

export const ZRunDetail = z.object({
  id: z.string(),
  name: z.string(),
  status: ZRunStatusName,
  project: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  params: z.record(z.string(), z.unknown()),
  tags: z.array(z.string()),
  summary: z.record(z.string(), z.unknown()),
  createdBy: z.string().nullable(),
  notebook: z.object({ id: z.string(), name: z.string() }).nullable(),
  workerHostname: z.string().nullable(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  metrics: z.array(ZRunMetricFigures),
  charts: z.array(z.object({ kind: z.enum(["confusion", "histogram"]), name: z.string(), steps: z.number().int() })),
  artifacts: z.array(z.object({ path: z.string(), size: z.number().int(), model: z.record(z.string(), z.unknown()).nullable() })),
});
export type TRunDetail = z.infer<typeof ZRunDetail>;

/** How many buckets a run page's charts ask for: about a chart's width in pixels. */
export const CHART_BUCKETS = 600;

/** Points of one metric between two steps, at most about 2 × buckets of them. */
export const ZMetricSeriesQuery = z.object({
  from: z.coerce.number().int().min(0).optional(),
  to: z.coerce.number().int().min(0).optional(),
  /** The chart's width in pixels, say: each bucket keeps its lowest and highest point. */
  buckets: z.coerce.number().int().min(10).max(5000).default(1000),
});
export type TMetricSeriesQuery = z.infer<typeof ZMetricSeriesQuery>;

export const ZMetricPoint = z.object({
  step: z.number(),
  time: z.number(),
  value: ZMetricValue,
  min: z.number().optional(),
  max: z.number().optional(),
});
export const ZMetricSeries = z.object({
  key: z.string(),
  /** Points stored between from and to; more than returned when downsampled. */
  total: z.number().int(),
  isDownsampled: z.boolean(),
  points: z.array(ZMetricPoint),
});
export type TMetricSeries = z.infer<typeof ZMetricSeries>;

export const RUNS_PAGE_SIZE = 50;
export const ZFindRunsQuery = z.object({
  project: ZId.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type TFindRunsQuery = z.infer<typeof ZFindRunsQuery>;

export const ZRunRow = z.object({
  id: z.string(),
  name: z.string(),
  status: ZRunStatusName,
  project: z.object({ name: z.string(), slug: z.string() }),
  createdBy: z.string().nullable(),
  tags: z.array(z.string()),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  /** Each metric's last value. */
  metrics: z.record(z.string(), ZMetricValue.nullable()),
});
export const ZRunPage = z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), runs: z.array(ZRunRow) });
export type TRunPage = z.infer<typeof ZRunPage>;

export const ZRunChartParams = z.object({ id: ZId, kind: z.enum(["confusion", "histogram"]), name: z.string().min(1).max(200) });
export const ZRunChartSteps = z.object({
  kind: z.enum(["confusion", "histogram"]),
  name: z.string(),
  /** Oldest first; data is {labels, matrix} for a confusion matrix, {edges, counts} for a histogram. */
  steps: z.array(z.object({ step: z.number(), data: z.record(z.string(), z.unknown()) })),
});
export type TRunChartSteps = z.infer<typeof ZRunChartSteps>;
