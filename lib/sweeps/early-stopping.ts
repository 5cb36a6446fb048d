import { z } from "zod";

export const ZEarlyStopping = z.discriminatedUnion("type", [
  z.object({ type: z.literal("none") }),
  /** Optuna's MedianPruner: stop a trial whose best so far is worse than completed trials were
   * at the same step. */
  z.object({
    type: z.literal("median"),
    /** How many trials must be complete before any is stopped: a median of one or two is noise. */
    startupTrials: z.number().int().min(0).max(1000).default(3),
    /** Steps before which no trial is stopped, as early values say little. */
    warmupSteps: z.number().int().min(0).default(0),
  }),
  /** Asynchronous successive halving: at steps minResource * reductionFactor^k, only the best
   * 1 / reductionFactor of the trials that got there go on. */
  z.object({
    type: z.literal("asha"),
    minResource: z.number().int().min(1).default(1),
    reductionFactor: z.number().int().min(2).max(10).default(3),
  }),
]);
export type TEarlyStopping = z.infer<typeof ZEarlyStopping>;

/** A run's objective by step, sorted by step. */
export type TSeries = Array<[step: number, value: number]>;
type TDirection = "minimize" | "maximize";
type TVerdict = { stop: false } | { stop: true; step: number; reason: string };

/** Whether a running trial should stop, judged only at steps it reached since judgedThroughStep
 * (the latest step it was judged at, kept by the caller), so that no step is judged twice. */
export function judgeTrial(input: {
  rule: TEarlyStopping;
  direction: TDirection;
  /** The objective's name, for the reason. */
  metric?: string;
  trial: { series: TSeries; judgedThroughStep: number | null };
  others: Array<{ series: TSeries; isComplete: boolean }>;
}): TVerdict {
  const { rule, trial } = input;
  const latest = trial.series.at(-1)?.[0];
  if (rule.type === "none" || latest === undefined) return { stop: false };
  const after = trial.judgedThroughStep ?? -Infinity;
  const judge = { direction: input.direction, metric: input.metric ?? "objective", trial: trial.series, others: input.others };
  if (rule.type === "median") {
    if (latest <= after || latest < rule.warmupSteps) return { stop: false };
    return judgeMedian({ ...judge, startupTrials: rule.startupTrials, step: latest });
  }
  for (let rung = 0, step = rule.minResource; step <= latest; rung++, step *= rule.reductionFactor) {
    if (step <= after) continue;
    const verdict = judgeRung({ ...judge, reductionFactor: rule.reductionFactor, rung, step });
    if (verdict.stop) return verdict;
  }
  return { stop: false };
}

type TJudge = { direction: TDirection; metric: string; trial: TSeries; others: Array<{ series: TSeries; isComplete: boolean }> };

function judgeMedian(input: TJudge & { startupTrials: number; step: number }): TVerdict {
  const complete = input.others.filter((other) => other.isComplete);
  if (complete.length < input.startupTrials) return { stop: false };
  const values = complete.map((other) => valueThrough(other.series, input.step)).filter((value) => value !== undefined);
  if (values.length === 0) return { stop: false };
  const best = input.trial
    .filter(([step]) => step <= input.step)
    .map(([, value]) => value)
    .reduce((a, b) => (compare(a, b, input.direction) <= 0 ? a : b));
  const median = medianOf(values, input.direction);
  if (compare(best, median, input.direction) <= 0) return { stop: false };
  return {
    stop: true,
    step: input.step,
    reason: `Stopped at step ${input.step}: its best ${input.metric} so far, ${show(best)}, is worse than the median of completed trials at that step, ${show(median)}.`,
  };
}

function judgeRung(input: TJudge & { reductionFactor: number; rung: number; step: number }): TVerdict {
  const value = valueFrom(input.trial, input.step);
  if (value === undefined) return { stop: false };
  const rivals = input.others.map((other) => valueFrom(other.series, input.step)).filter((rival) => rival !== undefined);
  const competitors = rivals.length + 1;
  const kept = Math.max(1, Math.floor(competitors / input.reductionFactor));
  // Ties go the trial's way: it goes on unless `kept` others did strictly better.
  const better = rivals.filter((rival) => compare(rival, value, input.direction) < 0).length;
  if (better < kept) return { stop: false };
  return {
    stop: true,
    step: input.step,
    reason:
      `Stopped at step ${input.step}, rung ${input.rung + 1} of successive halving: its ${input.metric} there, ${show(value)}, ` +
      `is not among the best ${kept} of the ${competitors} trials that reached that step.`,
  };
}

/** Below 0 when a is better than b. A NaN (a diverged run) is worse than any number. */
function compare(a: number, b: number, direction: TDirection) {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number(Number.isNaN(a)) - Number(Number.isNaN(b));
  if (a === b) return 0;
  return (a < b) === (direction === "minimize") ? -1 : 1;
}

/** Ranked as compare ranks, so NaNs sit at the worse end; a middle pair with a NaN in it gives NaN,
 * which no trial is worse than. */
function medianOf(values: number[], direction: TDirection) {
  const ranked = [...values].sort((a, b) => compare(a, b, direction));
  const middle = Math.floor(ranked.length / 2);
  return ranked.length % 2 === 1 ? ranked[middle] : (ranked[middle - 1] + ranked[middle]) / 2;
}

/** The value a run had at a step: its last point at or before it. */
function valueThrough(series: TSeries, step: number) {
  return series.findLast(([at]) => at <= step)?.[1];
}

/** The value a run reached a rung with: its first point at or after the rung's step. */
function valueFrom(series: TSeries, step: number) {
  return series.find(([at]) => at >= step)?.[1];
}

function show(value: number) {
  return Number.isNaN(value) ? "NaN" : String(Number(value.toPrecision(4)));
}
