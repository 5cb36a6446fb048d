import { z } from "zod";
import { CHART_BUCKETS } from "./schemas";

/** How many time buckets a run's system charts get: about a chart's width in pixels. */
export const ZRunSystemQuery = z.object({
  buckets: z.coerce.number().int().min(10).max(5000).default(CHART_BUCKETS),
});
export type TRunSystemQuery = z.infer<typeof ZRunSystemQuery>;

/** A quantity over one time bucket: the mean of its samples, and the lowest and highest. */
export const ZSampleStat = z.object({ mean: z.number(), min: z.number(), max: z.number() });
export type TSampleStat = z.infer<typeof ZSampleStat>;

export const ZSystemPoint = z.object({
  /** Epoch seconds: the mean time of the bucket's samples (a sample's own when it is alone). */
  time: z.number(),
  /** How many samples the bucket holds. */
  count: z.number().int(),
  cpuPercent: ZSampleStat,
  memoryUsedBytes: ZSampleStat,
  /** The GPUs that reported in the bucket, by index. */
  gpus: z.array(z.object({ index: z.number().int(), utilisationPercent: ZSampleStat, memoryUsedBytes: ZSampleStat })),
});
export type TSystemPoint = z.infer<typeof ZSystemPoint>;

export const ZSystemWorker = z.object({
  id: z.string(),
  hostname: z.string(),
  /** From the worker's capabilities; null where they could not be read. */
  cpuCores: z.number().int().nullable(),
  memoryBytes: z.number().nullable(),
  gpus: z.array(z.object({ index: z.number().int(), name: z.string(), memoryBytes: z.number() })),
});
export type TSystemWorker = z.infer<typeof ZSystemWorker>;

/** A run's worker and its load from the run's start to its end (or now, while it runs). */
export const ZRunSystem = z.object({
  /** Null when the run was not logged from a worker (or the worker was deleted). */
  worker: ZSystemWorker.nullable(),
  /** The window, in epoch seconds. */
  from: z.number(),
  to: z.number(),
  /** Samples in the window; more than points when downsampled. */
  total: z.number().int(),
  isDownsampled: z.boolean(),
  points: z.array(ZSystemPoint),
});
export type TRunSystem = z.infer<typeof ZRunSystem>;
