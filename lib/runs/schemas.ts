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
  /** The training job that logged it. */
  job: z.object({ id: z.string(), name: z.string() }).nullable(),
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
/** A column of the runs table beyond the fixed ones: a metric's last value or a param. */
const ZColumn = z.string().regex(/^(metric|param)\.[^,]{1,200}$/, 'a column is "metric.<key>" or "param.<key>"');
export type TColumn = z.infer<typeof ZColumn>;
const ZCommaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(4000)
    .transform((text) => text.split(",").map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).max(50));

/** One condition of a runs filter: "metric.acc>0.9", "param.optimizer=adam". */
export const ZRunCondition = z
  .string()
  .regex(/^(metric|param)\.([^<>=!,]{1,200})(>=|<=|!=|=|>|<)([^,]{1,200})$/, 'a condition reads like "metric.acc>0.9" or "param.lr=0.01"')
  .transform((text) => {
    const [, field, key, op, value] = text.match(/^(metric|param)\.([^<>=!,]{1,200})(>=|<=|!=|=|>|<)([^,]{1,200})$/)!;
    return { field: field as "metric" | "param", key: key.trim(), op: op as "=" | "!=" | ">" | "<" | ">=" | "<=", value: value.trim() };
  })
  .refine((c) => (c.field === "param" && ["=", "!="].includes(c.op)) || (c.value !== "" && Number.isFinite(Number(c.value))), "compare metrics, and params with < or >, to a number");
export type TRunCondition = z.infer<typeof ZRunCondition>;

export const ZFindRunsQuery = z.object({
  project: ZId.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  /** "startedAt", "name", "status", or a column. */
  sort: z.union([z.enum(["startedAt", "name", "status"]), ZColumn]).default("startedAt"),
  order: z.enum(["asc", "desc"]).default("desc"),
  /** Part of a run's name. */
  q: z.string().trim().max(200).optional(),
  tag: z.string().trim().max(100).optional(),
  status: ZRunStatusName.optional(),
  /** Conditions, all of which a run meets, comma-separated. */
  where: ZCommaList(ZRunCondition).optional(),
  /** The columns to show, comma-separated; the most common metrics when left out. */
  cols: ZCommaList(ZColumn).optional(),
});
export type TFindRunsFilter = z.output<typeof ZFindRunsQuery>;

export const ZRunRow = z.object({
  id: z.string(),
  name: z.string(),
  status: ZRunStatusName,
  project: z.object({ name: z.string(), slug: z.string() }),
  createdBy: z.string().nullable(),
  tags: z.array(z.string()),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  /** Each shown column's value: a metric's last value, a param as logged. */
  values: z.record(z.string(), z.unknown()),
});
export const ZRunPage = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The columns shown, and every one there is to choose from (the runs' metrics and params). */
  columns: z.array(z.string()),
  availableColumns: z.array(z.string()),
  runs: z.array(ZRunRow),
});
export type TRunPage = z.infer<typeof ZRunPage>;

export const ZRunChartParams = z.object({ id: ZId, kind: z.enum(["confusion", "histogram"]), name: z.string().min(1).max(200) });
export const ZRunChartSteps = z.object({
  kind: z.enum(["confusion", "histogram"]),
  name: z.string(),
  /** Oldest first; data is {labels, matrix} for a confusion matrix, {edges, counts} for a histogram. */
  steps: z.array(z.object({ step: z.number(), data: z.record(z.string(), z.unknown()) })),
});
export type TRunChartSteps = z.infer<typeof ZRunChartSteps>;
