// Checks a rule against a metric's new points, in step order, from the state it kept so far
// (for not_improving: the best value and its step). Fires at the first point that breaks it.
import type { TRunRuleSpec } from "@/lib/protocol/sdk-events";

export type TRuleState = { bestValue: number | null; bestStep: number | null };
export type TRulePoint = { step: number; value: number };
export type TRuleVerdict = { state: TRuleState; fired: { step: number; message: string } | null };

const format = (value: number) => (Number.isFinite(value) ? String(Number(value.toPrecision(6))) : String(value));

function isBetter(spec: Extract<TRunRuleSpec, { kind: "not_improving" }>, value: number, best: number | null) {
  if (!Number.isFinite(value)) return false;
  if (best === null) return true;
  return spec.direction === "minimize" ? value < best - spec.minDelta : value > best + spec.minDelta;
}

export function evaluateRule(spec: TRunRuleSpec, state: TRuleState, points: TRulePoint[]): TRuleVerdict {
  const sorted = [...points].sort((a, b) => a.step - b.step);
  let { bestValue, bestStep } = state;
  for (const { step, value } of sorted) {
    const at = `at step ${step}`;
    if (spec.kind === "nan" && !Number.isFinite(value)) return { state, fired: { step, message: `${spec.metric} was ${value} ${at}.` } };
    if (spec.kind === "below" && value < spec.threshold) {
      return { state, fired: { step, message: `${spec.metric} fell below ${format(spec.threshold)}: ${format(value)} ${at}.` } };
    }
    if (spec.kind === "above" && value > spec.threshold) {
      return { state, fired: { step, message: `${spec.metric} rose above ${format(spec.threshold)}: ${format(value)} ${at}.` } };
    }
    if (spec.kind !== "not_improving") continue;
    if (isBetter(spec, value, bestValue)) {
      bestValue = value;
      bestStep = step;
    } else if (bestStep !== null && step - bestStep >= spec.patience) {
      const message = `${spec.metric} has not improved for ${spec.patience} steps: its best, ${format(bestValue!)}, was at step ${bestStep}; ${format(value)} ${at}.`;
      return { state: { bestValue, bestStep }, fired: { step, message } };
    }
  }
  return { state: { bestValue, bestStep }, fired: null };
}
