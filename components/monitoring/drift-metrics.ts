// The drift metrics a window's job computes per feature (mlstudio.monitoring.drift.compute_drift),
// read out of the stored JSON, with the thresholds a monitor applies to them.

/** mlstudio.monitoring.drift.DEFAULT_THRESHOLDS, the values a monitor uses where it sets none. */
const DEFAULT_THRESHOLDS: Record<string, number> = { psi: 0.2, ks_p_value: 0.01, chi_squared_p_value: 0.01 };

export type TFeatureKind = "numeric" | "categorical";

export type TDriftMetric = {
  value: "psi" | "ks" | "wasserstein" | "jensen_shannon" | "chi_squared_p";
  /** The selector's word. */
  label: string;
  /** The value axis' title. */
  axisLabel: string;
  /** The kinds of feature it is measured on. */
  kinds: readonly TFeatureKind[];
  /** Where it sits in a feature's entry. */
  path: readonly string[];
  /** The monitor's threshold names that apply to it, first found wins (drawn as a reference line). */
  thresholdNames: readonly string[];
  /** A p-value: 0 to 1, and drift is below the line. */
  isProbability?: boolean;
};

export const DRIFT_METRICS: readonly TDriftMetric[] = [
  { value: "psi", label: "PSI", axisLabel: "PSI", kinds: ["numeric", "categorical"], path: ["psi"], thresholdNames: ["psi"] },
  { value: "ks", label: "KS statistic", axisLabel: "KS statistic (0–1)", kinds: ["numeric"], path: ["ks", "statistic"], thresholdNames: [] },
  { value: "wasserstein", label: "Wasserstein", axisLabel: "Wasserstein (feature units)", kinds: ["numeric"], path: ["wasserstein"], thresholdNames: [] },
  {
    value: "jensen_shannon",
    label: "Jensen–Shannon",
    axisLabel: "Jensen–Shannon distance (0–1)",
    kinds: ["numeric", "categorical"],
    path: ["jensen_shannon"],
    thresholdNames: ["jensen_shannon"],
  },
  {
    value: "chi_squared_p",
    label: "χ² p-value",
    axisLabel: "χ² p-value",
    kinds: ["categorical"],
    path: ["chi_squared", "p_value"],
    thresholdNames: ["chi_squared_p_value"],
    isProbability: true,
  },
];

export type TDriftMetricName = TDriftMetric["value"];

export function driftMetric(value: TDriftMetricName): TDriftMetric {
  return DRIFT_METRICS.find((metric) => metric.value === value) ?? DRIFT_METRICS[0];
}

/** A metric's value in a feature's entry of a window; null when it was not measured (an empty window, another kind). */
export function readDriftValue(entry: Record<string, unknown> | undefined, metric: Pick<TDriftMetric, "path">): number | null {
  let value: unknown = entry;
  for (const key of metric.path) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** The threshold a metric is held to: the monitor's own, else the SDK's default; null when none applies. */
export function driftThreshold(metric: TDriftMetric, thresholds: Record<string, number>): number | null {
  for (const name of metric.thresholdNames) {
    const value = thresholds[name] ?? DEFAULT_THRESHOLDS[name];
    if (typeof value === "number") return value;
  }
  return null;
}

/** The rules a monitor fires on, as a person reads them: "PSI ≥ 0.2 · KS p < 0.01 · χ² p < 0.01". */
export function describeThresholds(thresholds: Record<string, number>): string {
  const merged: Record<string, number> = { ...DEFAULT_THRESHOLDS, ...thresholds };
  const rules: Array<[string, string]> = [
    ["psi", "PSI ≥"],
    ["ks_p_value", "KS p <"],
    ["chi_squared_p_value", "χ² p <"],
    ["jensen_shannon", "Jensen–Shannon ≥"],
    ["wasserstein_normalized", "Wasserstein / std ≥"],
    ["missing_rate_increase", "missing share +"],
  ];
  return rules.flatMap(([name, words]) => (typeof merged[name] === "number" ? [`${words} ${merged[name]}`] : [])).join(" · ");
}

// The SDK's rule names (drifted_by) as a person reads them.
const RULE_LABELS: Record<string, string> = {
  psi: "PSI",
  ks_p_value: "KS p-value",
  chi_squared_p_value: "χ² p-value",
  jensen_shannon: "Jensen–Shannon",
  wasserstein_normalized: "Wasserstein / std",
  missing_rate_increase: "More missing",
};

export function describeRule(rule: string): string {
  return RULE_LABELS[rule] ?? rule;
}

const FIXED = new Intl.NumberFormat("en", { maximumSignificantDigits: 3 });

/** A metric's value in a table cell: three significant digits, tiny p-values in exponent form, "—" for none. */
export function formatDriftValue(value: number | null): string {
  if (value === null) return "—";
  if (value !== 0 && Math.abs(value) < 1e-3) return value.toExponential(1);
  return FIXED.format(value);
}
