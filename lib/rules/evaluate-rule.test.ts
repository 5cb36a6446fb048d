import { describe, expect, it } from "vitest";
import { ZRunRuleSpec } from "@/lib/protocol/sdk-events";
import { evaluateRule } from "./evaluate-rule";

const fresh = { bestValue: null, bestStep: null };
const points = (...values: number[]) => values.map((value, step) => ({ step, value }));

describe("a run rule", () => {
  it("fires on the first NaN or infinity, naming its step", () => {
    const spec = ZRunRuleSpec.parse({ kind: "nan", metric: "loss" });
    expect(evaluateRule(spec, fresh, points(0.5, 0.4, 0.3)).fired).toBeNull();
    expect(evaluateRule(spec, fresh, points(0.5, NaN, Infinity)).fired).toEqual({ step: 1, message: "loss was NaN at step 1." });
    expect(evaluateRule(spec, fresh, [{ step: 7, value: -Infinity }]).fired?.message).toBe("loss was -Infinity at step 7.");
  });

  it("fires below or above a threshold", () => {
    const below = ZRunRuleSpec.parse({ kind: "below", metric: "grad_norm", threshold: 1e-6 });
    expect(evaluateRule(below, fresh, points(0.1, 1e-3, 1e-7)).fired).toEqual({ step: 2, message: "grad_norm fell below 0.000001: 1e-7 at step 2." });
    const above = ZRunRuleSpec.parse({ kind: "above", metric: "grad_norm", threshold: 100 });
    expect(evaluateRule(above, fresh, points(1, 99.9, 100)).fired).toBeNull();
    expect(evaluateRule(above, fresh, points(1, 250)).fired?.step).toBe(1);
  });

  it("fires when a metric has not improved for its patience, across batches, in its direction", () => {
    const spec = ZRunRuleSpec.parse({ kind: "not_improving", metric: "val_loss", patience: 3 });
    const first = evaluateRule(spec, fresh, points(1, 0.8, 0.9));
    expect(first).toEqual({ state: { bestValue: 0.8, bestStep: 1 }, fired: null });
    // Steps 3 and 4 of the next batch, out of order: step 4 is 3 steps after the best.
    const second = evaluateRule(spec, first.state, [
      { step: 4, value: 0.85 },
      { step: 3, value: 0.81 },
    ]);
    expect(second.fired).toEqual({ step: 4, message: "val_loss has not improved for 3 steps: its best, 0.8, was at step 1; 0.85 at step 4." });
    const accuracy = ZRunRuleSpec.parse({ kind: "not_improving", metric: "acc", patience: 2, direction: "maximize", minDelta: 0.01 });
    // 0.905 is not better than 0.9 by more than 0.01.
    expect(evaluateRule(accuracy, fresh, points(0.9, 0.905, 0.95)).fired).toBeNull();
    expect(evaluateRule(accuracy, fresh, points(0.9, 0.905, 0.909)).fired?.step).toBe(2);
    // A NaN is never an improvement.
    expect(evaluateRule(accuracy, fresh, points(0.9, NaN, NaN)).fired?.step).toBe(2);
  });

  it("refuses a rule that cannot be checked", () => {
    expect(ZRunRuleSpec.safeParse({ kind: "not_improving", metric: "loss", patience: 0 }).success).toBe(false);
    expect(ZRunRuleSpec.safeParse({ kind: "below", metric: "loss" }).success).toBe(false);
    expect(ZRunRuleSpec.safeParse({ kind: "someday", metric: "loss" }).success).toBe(false);
  });
});
