// Requests of the monitoring routes, and what monitoring jobs send back.
import { z } from "zod";

const ZId = z.string().min(1).max(64);

/** Overrides of the drift thresholds, named as mlstudio.monitoring.drift.DEFAULT_THRESHOLDS names them
 * (the job refuses any other name). */
export const ZThresholds = z
  .object({
    psi: z.number().positive().max(10),
    ks_p_value: z.number().positive().max(1),
    chi_squared_p_value: z.number().positive().max(1),
    jensen_shannon: z.number().positive().max(1),
    wasserstein_normalized: z.number().positive().max(100),
    missing_rate_increase: z.number().positive().max(1),
  })
  .partial();

export const ZCreateMonitorBody = z.object({
  endpointId: ZId,
  /** Where its jobs run (and are listed). */
  projectId: ZId,
  /** The training data; by default the dataset version the served model was registered with. */
  datasetVersionId: ZId.optional(),
  windowMinutes: z.number().int().min(1).max(7 * 24 * 60).default(60),
  thresholds: ZThresholds.default({}),
  webhookUrl: z.string().url().max(2000).refine((url) => /^https?:\/\//.test(url), "A webhook is an http(s) URL.").optional(),
});
export type TCreateMonitorBody = z.infer<typeof ZCreateMonitorBody>;

export const ZMonitorParams = z.object({ id: ZId });
export const ZMonitorWindowParams = z.object({ id: ZId, resultId: ZId });
export const ZWindowQuery = z.object({ start: z.coerce.date(), end: z.coerce.date() });

/** What a baseline job computed (mlstudio.monitoring.compute_baseline). */
export const ZBaselineBody = z.object({ baseline: z.object({ features: z.record(z.string(), z.unknown()) }).loose() });

/** What a window's job computed (mlstudio.monitoring.compute_drift). */
export const ZWindowResultBody = z.object({
  windowStart: z.coerce.date(),
  windowEnd: z.coerce.date(),
  /** The first window's predictions, the reference of the next windows' prediction drift. */
  predictionBaseline: z.looseObject({ kind: z.string() }).optional(),
  result: z.object({
    features: z.record(z.string(), z.looseObject({ is_drifted: z.boolean().optional() })),
    summary: z.looseObject({ drifted_features: z.array(z.string()), rows: z.number().int().min(0) }),
  }),
});
export type TWindowResultBody = z.infer<typeof ZWindowResultBody>;

export const ZMonitorFailureBody = z.object({ reason: z.string().min(1).max(2000) });
