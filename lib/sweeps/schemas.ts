import { z } from "zod";
import { ZCreateJobBody, ZJobStatusName } from "@/lib/jobs/schemas";
import { ZEarlyStopping } from "./early-stopping";
import { ZSearchSpace } from "./search-space";

const ZId = z.string().min(1).max(64);

export const SWEEP_METHODS = ["grid", "random", "tpe"] as const;
export const ZSweepMethodName = z.enum(SWEEP_METHODS);
export type TSweepMethodName = z.infer<typeof ZSweepMethodName>;
export const ZSweepStatusName = z.enum(["running", "succeeded", "failed", "cancelled"]);
export type TSweepStatusName = z.infer<typeof ZSweepStatusName>;
export const ZDirection = z.enum(["minimize", "maximize"]);
export type TDirection = z.infer<typeof ZDirection>;
/** A trial's state is its job's, or "stopped" when early stopping cancelled it. */
export const ZTrialStatusName = z.union([ZJobStatusName, z.literal("stopped")]);
export type TTrialStatusName = z.infer<typeof ZTrialStatusName>;

export const MAX_SWEEP_TRIALS = 500;

/** A sweep runs a job's code many times: the same source (or an earlier job's code), command,
 * GPUs and retries as a job, fixed params for every trial, and a space to search for the others. */
export const ZCreateSweepBody = ZCreateJobBody.pick({ projectId: true, name: true, command: true, gpus: true, maxRetries: true, params: true })
  .extend({
    /** A job's own sources, or an earlier job of the team, whose files are tuned as they are. */
    source: ZCreateJobBody.shape.source.or(z.object({ kind: z.literal("job"), jobId: ZId })),
    space: ZSearchSpace,
    method: ZSweepMethodName.default("tpe"),
    objective: z.object({
      metric: z.string().trim().min(1, "Name the metric to optimise, as the script logs it.").max(200),
      direction: ZDirection,
    }),
    maxTrials: z.number().int().min(1).max(MAX_SWEEP_TRIALS).default(12),
    parallelism: z.number().int().min(1).max(32).default(2),
    earlyStopping: ZEarlyStopping.default({ type: "none" }),
    /** The same seed and space make the same trials (grid, random; TPE given the same results). */
    seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  })
  .superRefine((body, context) => {
    const both = Object.keys(body.space).find((name) => Object.hasOwn(body.params, name));
    if (both) context.addIssue({ code: "custom", path: ["params", both], message: `"${both}" is searched: it cannot be a fixed param too.` });
  });
export type TCreateSweepBody = z.infer<typeof ZCreateSweepBody>;

export const ZSweepParams = z.object({ id: ZId });

export const ZFindSweepsQuery = z.object({
  projectId: ZId.optional(),
  status: ZSweepStatusName.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type TFindSweepsQuery = z.infer<typeof ZFindSweepsQuery>;

export const ZSweepTrial = z.object({
  id: z.string(),
  number: z.number().int(),
  params: z.record(z.string(), z.unknown()),
  status: ZTrialStatusName,
  jobId: z.string(),
  /** The run the trial's job logged its objective in, once it has. */
  runId: z.string().nullable(),
  /** The objective's best value over the trial's steps (the direction's best), and its latest step. */
  objective: z.number().nullable(),
  objectiveStep: z.number().nullable(),
  /** Why early stopping stopped it, or why its job ended otherwise. */
  reason: z.string().nullable(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});
export type TSweepTrial = z.infer<typeof ZSweepTrial>;

export const ZSweepSummary = z.object({
  id: z.string(),
  name: z.string(),
  status: ZSweepStatusName,
  method: ZSweepMethodName,
  project: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  objective: z.object({ metric: z.string(), direction: ZDirection }),
  maxTrials: z.number().int(),
  parallelism: z.number().int(),
  /** Trials made so far, and those of them that have ended. */
  trialCount: z.number().int(),
  endedTrialCount: z.number().int(),
  best: z.object({ number: z.number().int(), objective: z.number() }).nullable(),
  reason: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});
export type TSweepSummary = z.infer<typeof ZSweepSummary>;

export const ZSweepPage = z.object({ sweeps: z.array(ZSweepSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type TSweepPage = z.infer<typeof ZSweepPage>;

export const ZSweepDetail = ZSweepSummary.extend({
  space: ZSearchSpace,
  fixedParams: z.record(z.string(), z.unknown()),
  earlyStopping: ZEarlyStopping,
  seed: z.number().int(),
  command: z.string(),
  gpus: z.number().int(),
  maxRetries: z.number().int(),
  /** Best first (by the objective, in its direction); trials without one after, newest first. */
  trials: z.array(ZSweepTrial),
});
export type TSweepDetail = z.infer<typeof ZSweepDetail>;
