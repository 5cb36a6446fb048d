import type { TSweepMethodName, TSweepSummary } from "@/lib/sweeps/schemas";
import type { TEarlyStopping } from "@/lib/sweeps/early-stopping";
import { formatMetricValue } from "@/components/runs/format-run";

export const METHOD_NAMES: Record<TSweepMethodName, string> = { grid: "Grid", random: "Random", tpe: "Bayesian (TPE)" };

/** "loss ↓" or "acc ↑": the objective and which way is better. */
export function formatObjective(objective: TSweepSummary["objective"]) {
  return `${objective.metric} ${objective.direction === "minimize" ? "↓" : "↑"}`;
}

/** "4 of 12 trials ended". */
export function formatProgress(sweep: Pick<TSweepSummary, "endedTrialCount" | "trialCount" | "maxTrials">) {
  return `${sweep.endedTrialCount} of ${sweep.maxTrials} trials ended${sweep.trialCount > sweep.endedTrialCount ? `, ${sweep.trialCount - sweep.endedTrialCount} running or queued` : ""}`;
}

export function formatBest(sweep: Pick<TSweepSummary, "best">) {
  return sweep.best ? `${formatMetricValue(sweep.best.objective)} (#${sweep.best.number})` : "—";
}

export function formatEarlyStopping(rule: TEarlyStopping) {
  if (rule.type === "none") return "None: every trial runs to its end.";
  if (rule.type === "median") return `Median rule: after ${rule.startupTrials} trials complete and from step ${rule.warmupSteps}, a trial whose best is worse than their median at that step stops.`;
  return `ASHA: at steps ${rule.minResource}, ${rule.minResource * rule.reductionFactor}, ${rule.minResource * rule.reductionFactor ** 2}, … only the best 1/${rule.reductionFactor} go on.`;
}
