import { describe, expect, it } from "vitest";
import { judgeTrial, ZEarlyStopping, type TEarlyStopping, type TSeries } from "./early-stopping";

const MEDIAN = ZEarlyStopping.parse({ type: "median" });
const ASHA = ZEarlyStopping.parse({ type: "asha" });

/** A series with one point per step from 1. */
function steps(...values: number[]): TSeries {
  return values.map((value, i) => [i + 1, value]);
}

function judge(
  rule: TEarlyStopping,
  series: TSeries,
  others: Array<{ series: TSeries; isComplete: boolean }>,
  { judgedThroughStep = null, direction = "minimize", metric }: { judgedThroughStep?: number | null; direction?: "minimize" | "maximize"; metric?: string } = {},
) {
  return judgeTrial({ rule, direction, metric, trial: { series, judgedThroughStep }, others });
}

const done = (series: TSeries) => ({ series, isComplete: true });
const running = (series: TSeries) => ({ series, isComplete: false });

describe("ZEarlyStopping", () => {
  it("fills in defaults and refuses rules out of range", () => {
    expect(MEDIAN).toEqual({ type: "median", startupTrials: 3, warmupSteps: 0 });
    expect(ASHA).toEqual({ type: "asha", minResource: 1, reductionFactor: 3 });
    expect(ZEarlyStopping.safeParse({ type: "asha", reductionFactor: 1 }).success).toBe(false);
    expect(ZEarlyStopping.safeParse({ type: "asha", minResource: 0 }).success).toBe(false);
    expect(ZEarlyStopping.safeParse({ type: "median", startupTrials: 1001 }).success).toBe(false);
    expect(ZEarlyStopping.safeParse({ type: "median", warmupSteps: -1 }).success).toBe(false);
  });
});

describe("judgeTrial by the median rule", () => {
  const completed = [done(steps(1, 0.8, 0.6)), done(steps(0.9, 0.7, 0.5)), done(steps(1.2, 0.9, 0.31))];

  it("stops a clearly worse trial, saying why, and keeps a good one", () => {
    expect(judge(MEDIAN, steps(2, 1.9, 1.8), completed, { metric: "loss" })).toEqual({
      stop: true,
      step: 3,
      reason: "Stopped at step 3: its best loss so far, 1.8, is worse than the median of completed trials at that step, 0.5.",
    });
    expect(judge(MEDIAN, steps(0.8, 0.6, 0.4), completed)).toEqual({ stop: false });
    expect(judge(MEDIAN, steps(2, 1.9, 1.8), completed)).toMatchObject({ reason: expect.stringContaining("its best objective so far") });
  });

  it("judges a trial by its best value so far, and others by their value at its step", () => {
    expect(judge(MEDIAN, steps(0.2, 3, 3), completed)).toEqual({ stop: false });
    // At step 2 the others stood at 0.8, 0.7 and 0.9; the one that ended at step 1 counts with its last value.
    const shortRun = done(steps(5));
    expect(judge(MEDIAN, steps(2, 0.75), [...completed, shortRun])).toEqual({ stop: false });
    expect(judge(MEDIAN, steps(2, 0.85), [...completed, shortRun])).toEqual({ stop: false });
    expect(judge(MEDIAN, steps(2, 0.9), [...completed, shortRun])).toMatchObject({ stop: true, step: 2, reason: expect.stringContaining("0.85") });
    // A trial that logged nothing by this step has no say.
    const late: TSeries = [[10, 0]];
    expect(judge(MEDIAN, steps(2, 1.9, 1.8), [...completed, done(late), done(late), done(late)])).toMatchObject({ stop: true });
  });

  it("waits for startupTrials completed trials, not counting running ones", () => {
    const two = [...completed.slice(0, 2), running(steps(0.1, 0.1, 0.1))];
    expect(judge(MEDIAN, steps(2, 1.9, 1.8), two)).toEqual({ stop: false });
    expect(judge(ZEarlyStopping.parse({ type: "median", startupTrials: 2 }), steps(2, 1.9, 1.8), two)).toMatchObject({ stop: true, reason: expect.stringContaining("0.55") });
  });

  it("stops no trial before warmupSteps", () => {
    const rule = ZEarlyStopping.parse({ type: "median", warmupSteps: 3 });
    expect(judge(rule, steps(2, 1.9), completed)).toEqual({ stop: false });
    expect(judge(rule, steps(2, 1.9, 1.8), completed)).toMatchObject({ stop: true, step: 3 });
  });

  it("judges only steps the trial newly reached", () => {
    expect(judge(MEDIAN, steps(2, 1.9, 1.8), completed, { judgedThroughStep: 3 })).toEqual({ stop: false });
    expect(judge(MEDIAN, steps(2, 1.9, 1.8), completed, { judgedThroughStep: 2 })).toMatchObject({ stop: true, step: 3 });
    expect(judge(MEDIAN, [], completed)).toEqual({ stop: false });
  });

  it("maximizes when told to", () => {
    const accuracies = [done(steps(0.5, 0.6)), done(steps(0.6, 0.7)), done(steps(0.7, 0.8))];
    expect(judge(MEDIAN, steps(0.3, 0.4), accuracies, { direction: "maximize" })).toMatchObject({ stop: true });
    expect(judge(MEDIAN, steps(0.3, 0.9), accuracies, { direction: "maximize" })).toEqual({ stop: false });
  });

  it("counts NaN as worse than any value", () => {
    expect(judge(MEDIAN, steps(NaN, NaN, NaN), completed)).toMatchObject({ stop: true, reason: expect.stringContaining("so far, NaN,") });
    expect(judge(MEDIAN, steps(NaN, NaN, NaN), completed, { direction: "maximize" })).toMatchObject({ stop: true });
    expect(judge(MEDIAN, steps(NaN, 0.4, NaN), completed)).toEqual({ stop: false });
    const diverged = [done(steps(NaN, NaN, NaN)), done(steps(NaN, NaN, NaN)), done(steps(0.1, 0.1, 0.1))];
    expect(judge(MEDIAN, steps(9, 9, 9), diverged)).toEqual({ stop: false });
  });
});

describe("judgeTrial by successive halving", () => {
  it("keeps the top third at a rung and stops the rest, saying why", () => {
    const values = [5, 2, 8, 1, 9, 3, 7, 4, 6];
    const verdicts = values.map((value, i) =>
      judge(
        ASHA,
        [[1, value]],
        values.filter((_, j) => j !== i).map((other) => running([[1, other]])),
        { metric: "loss" },
      ),
    );
    expect(values.filter((_, i) => !verdicts[i].stop).sort()).toEqual([1, 2, 3]);
    expect(verdicts[0]).toEqual({
      stop: true,
      step: 1,
      reason: "Stopped at step 1, rung 1 of successive halving: its loss there, 5, is not among the best 3 of the 9 trials that reached that step.",
    });
  });

  it("places rungs at minResource times powers of reductionFactor, judging each once", () => {
    const rule = ZEarlyStopping.parse({ type: "asha", minResource: 2 });
    // Rungs at 2, 6, 18: the trial is worst at step 6 only.
    const trial = steps(1, 1, 1, 1, 1, 9, 1);
    const others = [running(steps(2, 2, 2, 2, 2, 2)), running(steps(3, 3, 3, 3, 3, 3))];
    expect(judge(rule, trial.slice(0, 5), others)).toEqual({ stop: false });
    expect(judge(rule, trial, others)).toMatchObject({ stop: true, step: 6, reason: expect.stringContaining("rung 2") });
    expect(judge(rule, trial, others, { judgedThroughStep: 6 })).toEqual({ stop: false });
    expect(judge(rule, trial, others, { judgedThroughStep: 5 })).toMatchObject({ stop: true, step: 6 });
  });

  it("takes each run's first value at or past the rung, from complete and running trials alike", () => {
    const rule = ZEarlyStopping.parse({ type: "asha", minResource: 3 });
    const trial: TSeries = [[0, 0], [4, 3.5]];
    // At rung 3 the trial has 3.5; the others 4 (at step 3) and 6 (at step 10); the one at 0 never got there.
    const others = [done([[3, 4]]), running([[10, 6]]), running([[2, 0]])];
    expect(judge(rule, trial, others)).toEqual({ stop: false });
    expect(judge(rule, trial, [...others, done([[5, 1]])])).toMatchObject({ stop: true, step: 3, reason: expect.stringContaining("best 1 of the 4 trials") });
  });

  it("with fewer than reductionFactor competitors keeps only the best", () => {
    expect(judge(ASHA, steps(1), [])).toEqual({ stop: false });
    expect(judge(ASHA, steps(1), [running(steps(2))])).toEqual({ stop: false });
    expect(judge(ASHA, steps(2), [running(steps(1))])).toMatchObject({ stop: true, reason: expect.stringContaining("best 1 of the 2 trials") });
    expect(judge(ASHA, steps(2), [running(steps(2))])).toEqual({ stop: false });
    expect(judge(ASHA, steps(1), [running(steps(2))], { direction: "maximize" })).toMatchObject({ stop: true });
  });

  it("counts NaN as worse than any value", () => {
    expect(judge(ASHA, steps(NaN), [running(steps(1e9))])).toMatchObject({ stop: true });
    expect(judge(ASHA, steps(NaN), [running(steps(-1e9))], { direction: "maximize" })).toMatchObject({ stop: true });
    expect(judge(ASHA, steps(1e9), [running(steps(NaN)), running(steps(NaN))])).toEqual({ stop: false });
  });
});

describe("judgeTrial with no rule", () => {
  it("never stops a trial", () => {
    expect(judge({ type: "none" }, steps(NaN, 99), [done(steps(0, 0)), done(steps(0, 0)), done(steps(0, 0))])).toEqual({ stop: false });
  });
});
