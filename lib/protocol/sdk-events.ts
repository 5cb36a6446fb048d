// What the Python SDK (worker/python/sdk/mlstudio) sends, in one format on both of its ways:
//   - in a kernel: display({SDK_MIME_TYPE: batch}, raw=True) on IOPub; the worker forwards it
//     as an output, and the server takes it out of the output stream (it is never stored as
//     one);
//   - anywhere else: POST /api/v1/runs/events with the batch as the JSON body and
//     Authorization: Bearer MLSTUDIO_API_TOKEN.
// A batch carries events of one or more runs, in the order they happened. The SDK makes run
// ids itself (32 hex digits, uuid4) so that logging never waits for an answer.
// JSON has no NaN or infinities: the SDK sends those values as the strings "NaN",
// "Infinity" and "-Infinity", and they are stored and shown as such.
import { z } from "zod";

export const SDK_MIME_TYPE = "application/vnd.mlstudio.v1+json";
export const SDK_BATCH_VERSION = 1;
/** The largest batch taken over HTTP; the SDK splits bigger ones. */
export const MAX_SDK_BATCH_BYTES = 32 * 2 ** 20;
export const MAX_SDK_EVENTS_PER_BATCH = 100_000;

const ZRunId = z.string().regex(/^[0-9a-f]{32}$/, "a run id is 32 hex digits");
const ZName = z.string().trim().min(1).max(200);
/** Seconds since the epoch, as Python's time.time(). */
const ZTime = z.number().finite().nonnegative();
const ZStep = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export const ZMetricValue = z.union([z.number().finite(), z.enum(["NaN", "Infinity", "-Infinity"])]);
export type TMetricValue = z.infer<typeof ZMetricValue>;
const ZJsonRecord = z.record(z.string().max(200), z.unknown());

const ZRuleBase = z.object({
  metric: z.string().min(1).max(200),
  /** Stop the run when it fires (a job's process, a notebook's cell), besides raising an alert. */
  stop: z.boolean().default(false),
});

/** A rule a run's metric is checked against as its points arrive (the Debugger's built-in rules). */
export const ZRunRuleSpec = z.discriminatedUnion("kind", [
  /** A NaN or an infinity: the loss exploded. */
  ZRuleBase.extend({ kind: z.literal("nan") }),
  /** No better value for `patience` steps (by more than minDelta): training stalled. */
  ZRuleBase.extend({
    kind: z.literal("not_improving"),
    patience: z.number().int().min(1).max(1e9),
    direction: z.enum(["minimize", "maximize"]).default("minimize"),
    minDelta: z.number().finite().nonnegative().default(0),
  }),
  /** Below a threshold, e.g. a gradient norm that vanished. */
  ZRuleBase.extend({ kind: z.literal("below"), threshold: z.number().finite() }),
  /** Above a threshold, e.g. a gradient norm that exploded. */
  ZRuleBase.extend({ kind: z.literal("above"), threshold: z.number().finite() }),
]);
export type TRunRuleSpec = z.infer<typeof ZRunRuleSpec>;
export const MAX_RULES_PER_RUN = 20;

const ZStart = z.object({
  type: z.literal("start"),
  run: ZRunId,
  /** A project's name or slug; created when the team has none by that name. In a notebook's
   * kernel it may be left out: the notebook's project. */
  project: ZName.optional(),
  name: ZName.optional(),
  params: ZJsonRecord.default({}),
  tags: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
  rules: z.array(ZRunRuleSpec).max(MAX_RULES_PER_RUN).default([]),
  time: ZTime,
});

const ZMetrics = z.object({
  type: z.literal("metrics"),
  run: ZRunId,
  step: ZStep,
  time: ZTime,
  values: z.record(z.string().min(1).max(200), ZMetricValue).refine((values) => Object.keys(values).length > 0, "metrics need at least one value"),
});

const ZConfusion = z
  .object({
    type: z.literal("confusion"),
    run: ZRunId,
    name: ZName.default("confusion_matrix"),
    step: ZStep,
    time: ZTime,
    labels: z.array(z.string().max(200)).min(1).max(1000),
    /** matrix[true][predicted] = count */
    matrix: z.array(z.array(z.number().int().nonnegative())),
  })
  .refine((c) => c.matrix.length === c.labels.length && c.matrix.every((row) => row.length === c.labels.length), {
    message: "a confusion matrix is labels × labels",
  });

const ZHistogram = z
  .object({
    type: z.literal("histogram"),
    run: ZRunId,
    name: ZName,
    step: ZStep,
    time: ZTime,
    /** Bin edges, ascending: one more than the counts. */
    edges: z.array(z.number().finite()).min(2).max(10_001),
    counts: z.array(z.number().int().nonnegative()),
  })
  .refine((h) => h.edges.length === h.counts.length + 1, { message: "a histogram has one more edge than counts" });

const ZSummary = z.object({ type: z.literal("summary"), run: ZRunId, values: ZJsonRecord });

const ZFinish = z.object({
  type: z.literal("finish"),
  run: ZRunId,
  status: z.enum(["finished", "failed"]),
  time: ZTime,
});

/** A relative path within a run's artifacts, e.g. "plots/roc.png". */
export const ZArtifactPath = z
  .string()
  .min(1)
  .max(500)
  .refine((p) => !p.startsWith("/") && !p.split(/[\\/]/).includes(".."), "an artifact path is relative, without '..'");

const ZArtifact = z.object({
  type: z.literal("artifact"),
  run: ZRunId,
  path: ZArtifactPath,
  /** The file, base64. */
  data: z.string(),
  /** For a model (run.log_model): its flavor and signature. */
  model: z
    .object({
      flavor: z.enum(["sklearn", "pytorch", "xgboost"]),
      signature: z.object({ inputs: z.array(z.unknown()), outputs: z.array(z.unknown()) }).nullable(),
    })
    .optional(),
  time: ZTime,
});

export const ZSdkEvent = z.discriminatedUnion("type", [ZStart, ZMetrics, ZConfusion, ZHistogram, ZSummary, ZFinish, ZArtifact]);
export type TSdkEvent = z.infer<typeof ZSdkEvent>;

export const ZSdkBatch = z.object({
  v: z.literal(SDK_BATCH_VERSION),
  events: z.array(ZSdkEvent).min(1).max(MAX_SDK_EVENTS_PER_BATCH),
});
export type TSdkBatch = z.infer<typeof ZSdkBatch>;
