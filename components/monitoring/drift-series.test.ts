import { describe, expect, it } from "vitest";
import { describeThresholds, driftMetric, driftThreshold, formatDriftValue, readDriftValue } from "./drift-metrics";
import { driftFeatures, driftPoints, type TDriftWindow } from "./drift-series";

const numeric = { kind: "numeric", status: "ok", psi: 0.31, ks: { statistic: 0.4, p_value: 1e-6 }, wasserstein: 1.5, jensen_shannon: 0.2, is_drifted: true, drifted_by: ["psi", "ks_p_value"] };
const categorical = { kind: "categorical", status: "ok", psi: 0.05, chi_squared: { statistic: 3.2, p_value: 0.2 }, jensen_shannon: 0.1, is_drifted: false, drifted_by: [] };

function window(end: string, features: TDriftWindow["features"]): TDriftWindow {
  return { id: end, windowStart: new Date(0), windowEnd: new Date(end), rows: 10, drifted: [], features };
}

describe("drift metrics", () => {
  it("reads nested values, and null where a metric is not measured", () => {
    expect(readDriftValue(numeric, driftMetric("ks"))).toBe(0.4);
    expect(readDriftValue(categorical, driftMetric("chi_squared_p"))).toBe(0.2);
    expect(readDriftValue(categorical, driftMetric("ks"))).toBeNull();
    expect(readDriftValue({ kind: "numeric", status: "empty", psi: null }, driftMetric("psi"))).toBeNull();
    expect(readDriftValue(undefined, driftMetric("psi"))).toBeNull();
  });

  it("holds a metric to the monitor's threshold, else the SDK's default, under either name of chi-squared's", () => {
    expect(driftThreshold(driftMetric("psi"), {})).toBe(0.2);
    expect(driftThreshold(driftMetric("psi"), { psi: 0.1 })).toBe(0.1);
    expect(driftThreshold(driftMetric("chi_squared_p"), { chi_squared_p_value: 0.05 })).toBe(0.05);
    expect(driftThreshold(driftMetric("chi_squared_p"), {})).toBe(0.01);
    expect(driftThreshold(driftMetric("wasserstein"), { psi: 0.1 })).toBeNull();
    expect(driftThreshold(driftMetric("jensen_shannon"), { jensen_shannon: 0.3 })).toBe(0.3);
  });

  it("describes the rules that fire, defaults included", () => {
    expect(describeThresholds({ psi: 0.1 })).toBe("PSI ≥ 0.1 · KS p < 0.01 · χ² p < 0.01");
    expect(describeThresholds({ chi_squared_p_value: 0.05, jensen_shannon: 0.3 })).toBe("PSI ≥ 0.2 · KS p < 0.01 · χ² p < 0.05 · Jensen–Shannon ≥ 0.3");
  });

  it("formats values for a table", () => {
    expect(formatDriftValue(null)).toBe("—");
    expect(formatDriftValue(0.31234)).toBe("0.312");
    expect(formatDriftValue(1e-6)).toBe("1.0e-6");
    expect(formatDriftValue(0)).toBe("0");
  });
});

describe("drift series", () => {
  const windows = [window("2026-01-01T01:00:00Z", { x: numeric, colour: categorical }), window("2026-01-01T02:00:00Z", { x: numeric, colour: categorical, prediction: categorical })];

  it("lists the baseline's features and the prediction that windows add, the latest window's drifted first, then by name", () => {
    const baseline = [{ name: "x", kind: "numeric" }, { name: "colour", kind: "categorical" }];
    expect(driftFeatures(baseline, windows)).toEqual([
      { name: "colour", kind: "categorical" },
      { name: "prediction", kind: "categorical" },
      { name: "x", kind: "numeric" },
    ]);
    const drifted = [...windows.slice(0, 1), { ...windows[1], drifted: ["x"] }];
    expect(driftFeatures(baseline, drifted).map((feature) => feature.name)).toEqual(["x", "colour", "prediction"]);
  });

  it("gives a feature's metric per window at its end, with the rules it fired, null before it was measured", () => {
    expect(driftPoints(windows, "x", driftMetric("psi"))).toEqual([
      { at: Date.parse("2026-01-01T01:00:00Z") / 1000, value: 0.31, rows: 10, driftedBy: ["psi", "ks_p_value"] },
      { at: Date.parse("2026-01-01T02:00:00Z") / 1000, value: 0.31, rows: 10, driftedBy: ["psi", "ks_p_value"] },
    ]);
    expect(driftPoints(windows, "prediction", driftMetric("psi")).map((point) => point.value)).toEqual([null, 0.05]);
  });
});
