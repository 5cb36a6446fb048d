import { z } from "zod";
import { ZMetricValue } from "@/lib/protocol/sdk-events";
import { ZRunStatusName } from "./schemas";

/** How many runs one comparison holds: fewer is no comparison, more no longer reads. */
export const MIN_COMPARED_RUNS = 2;
export const MAX_COMPARED_RUNS = 10;

const ZRunIds = z
  .array(z.string().trim().min(1).max(64))
  .min(MIN_COMPARED_RUNS, `choose at least ${MIN_COMPARED_RUNS} runs to compare`)
  .max(MAX_COMPARED_RUNS, `choose at most ${MAX_COMPARED_RUNS} runs to compare`)
  .refine((ids) => new Set(ids).size === ids.length, "each run is compared once");

export const ZCompareRuns = z.object({ runIds: ZRunIds });
export type TCompareRuns = z.infer<typeof ZCompareRuns>;

/** The compare page's address: /experiments/compare?runs=id1,id2,… */
export const ZCompareRunsSearch = z.object({
  runs: z
    .string({ error: `choose ${MIN_COMPARED_RUNS} to ${MAX_COMPARED_RUNS} runs to compare` })
    .max(1000)
    .transform((text) => text.split(",").map((id) => id.trim()).filter(Boolean))
    .pipe(ZRunIds),
});

/** One metric of one run: its last value (maybe not a number) and the finite extremes. */
export const ZComparedMetric = z.object({
  last: ZMetricValue.nullable(),
  lastStep: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  count: z.number().int(),
});
export type TComparedMetric = z.infer<typeof ZComparedMetric>;

export const ZComparedRun = z.object({
  id: z.string(),
  name: z.string(),
  status: ZRunStatusName,
  project: z.object({ name: z.string(), slug: z.string() }),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  params: z.record(z.string(), z.unknown()),
  summary: z.record(z.string(), z.unknown()),
  /** By metric key. */
  metrics: z.record(z.string(), ZComparedMetric),
});
export type TComparedRun = z.infer<typeof ZComparedRun>;

export const ZRunComparison = z.object({
  /** In the order asked for. */
  runs: z.array(ZComparedRun),
  /** Every key any of the runs has, sorted; common metric keys are those every run logged. */
  metricKeys: z.array(z.string()),
  commonMetricKeys: z.array(z.string()),
  paramKeys: z.array(z.string()),
  summaryKeys: z.array(z.string()),
});
export type TRunComparison = z.infer<typeof ZRunComparison>;
