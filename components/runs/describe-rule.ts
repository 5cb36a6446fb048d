import type { TRunRuleSpec } from "@/lib/protocol/sdk-events";

/** "val_loss has not improved for 5 steps": what a rule watches for, in words. */
export function describeRule(spec: TRunRuleSpec) {
  if (spec.kind === "nan") return `${spec.metric} is NaN or infinite`;
  if (spec.kind === "below") return `${spec.metric} falls below ${spec.threshold}`;
  if (spec.kind === "above") return `${spec.metric} rises above ${spec.threshold}`;
  const better = spec.direction === "minimize" ? "lower" : "higher";
  return `${spec.metric} gets no ${better}${spec.minDelta ? ` by more than ${spec.minDelta}` : ""} for ${spec.patience} steps`;
}
