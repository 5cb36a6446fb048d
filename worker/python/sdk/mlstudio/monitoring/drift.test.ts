// The drift math run for real by Debian's Python: check_against_scipy.py prints every figure
// beside SciPy's on the same seeded data, and this file decides what agreement is. Then the
// job's command line on CSV and JSON-lines files, as a monitoring job would run it.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PYTHON, PYTHON_ENV, SDK_PATH } from "../../../../sdk/sdk-test-support";

const ENV = { ...process.env, ...PYTHON_ENV, PYTHONPATH: SDK_PATH };
// Rounding only: each figure is the same sum taken in another order.
const EXACT = 1e-9;
// A 1,000,000-row baseline and SciPy on it: a few seconds, on two cores far less than this.
const CHECK_TIMEOUT_MS = 120_000;

type TPair = { ours: number | null; scipy: number };
type TNumericCase = {
  exact: boolean;
  missing: { baseline: number; baseline_nans: number; current: number; current_nans: number };
  bins_match: boolean;
  edges: { ours: number[]; numpy: number[] };
  bounds: { ks_error_bound: number; wasserstein_error_bound: number };
} & Record<"ks_statistic" | "ks_p_value" | "wasserstein" | "jensen_shannon" | "psi" | "ks_function" | "wasserstein_function" | "mean", TPair>;
type TCategoricalCase = {
  baseline_counts_match: boolean;
  current_counts_match: boolean;
  other: { ours: number; unseen_or_rare: number };
  missing: { ours: number; nones: number };
  is_drifted: boolean;
} & Record<"chi_squared_statistic" | "chi_squared_p_value" | "jensen_shannon" | "psi", TPair>;
type TCompressedCase = {
  ks_statistic: TPair;
  ks_error: number;
  wasserstein: TPair;
  wasserstein_error: number;
  wasserstein_relative_error: number;
  bounds: { ks_error_bound: number; wasserstein_error_bound: number };
};
type TFeatureSummary = { status: string; is_drifted: boolean; drifted_by: string[]; psi?: number; ks?: number | null; missing?: number; count?: number; missing_rate?: number };
type TDriftSummary = { summary: { rows: number; drifted_features: string[]; missing_features: string[] }; features: Record<string, TFeatureSummary>; json_safe: boolean };
type TReport = {
  exact: Record<string, TNumericCase>;
  count_metrics: Array<{ categories: number; dof: { ours: number; scipy: number } } & Record<"jensen_shannon" | "chi_squared_statistic" | "chi_squared_p_value" | "psi", TPair>>;
  categorical: Record<string, TCategoricalCase>;
  compressed: { exact: boolean; points: number } & Record<"same" | "shift_0.05" | "scale_1.2" | "shift_1", TCompressedCase>;
  behaviour: {
    baseline_json_safe: boolean;
    baseline_kinds: Record<string, string>;
    income_missing: { baseline: number; nans: number };
    unknown_threshold: string;
    predictions: Record<"labels_same" | "labels_flipped" | "scores_same" | "scores_shifted", string[]>;
  } & Record<"identical" | "shifted_age" | "shifted_age_rules_off" | "without_city" | "all_missing_now" | "all_missing_now_rule_on", TDriftSummary>;
};

/** |ours − scipy| within tolerance; p-values, which run down to 1e-140, relative to their size. */
function expectAgrees(name: string, pair: TPair, tolerance = EXACT) {
  expect(pair.ours, `${name}: ours is missing`).not.toBeNull();
  const scale = name.includes("p_value") ? Math.max(Math.abs(pair.scipy), Number.MIN_VALUE) : 1;
  expect(Math.abs(pair.ours! - pair.scipy) / scale, `${name}: ours ${pair.ours}, SciPy ${pair.scipy}`).toBeLessThan(tolerance);
}

let report: TReport;

beforeAll(() => {
  const output = execFileSync(PYTHON, ["-m", "mlstudio.monitoring.check_against_scipy"], { env: ENV, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  report = JSON.parse(output) as TReport;
}, CHECK_TIMEOUT_MS);

describe("drift metrics against SciPy", () => {
  it("agree to 1e-9 on exact baselines: normal, shifted, integer-valued, with NaNs", () => {
    expect(Object.keys(report.exact)).toEqual(["normal", "shifted_normal", "integers", "with_nans", "rounded_with_nans"]);
    for (const [name, result] of Object.entries(report.exact)) {
      expect(result.exact, name).toBe(true);
      expect(result.bins_match, `${name}: bin counts`).toBe(true);
      expect(result.edges.ours).toHaveLength(result.edges.numpy.length);
      result.edges.ours.forEach((edge, i) => expect(Math.abs(edge - result.edges.numpy[i])).toBeLessThan(EXACT));
      for (const metric of ["ks_statistic", "ks_p_value", "wasserstein", "jensen_shannon", "psi", "ks_function", "wasserstein_function", "mean"] as const) {
        expectAgrees(`${name}.${metric}`, result[metric]);
      }
      expect(result.bounds).toEqual({ ks_error_bound: 0, wasserstein_error_bound: 0 });
    }
    // Not vacuous: the shifted sample really differs, and SciPy's p-value says so.
    expect(report.exact.shifted_normal.ks_p_value.scipy).toBeLessThan(1e-10);
    expect(report.exact.normal.ks_p_value.scipy).toBeGreaterThan(0.01);
  });

  it("counts NaNs as missing, in the baseline and in the current data", () => {
    for (const name of ["with_nans", "rounded_with_nans"]) {
      const { missing } = report.exact[name];
      expect(missing.baseline_nans).toBeGreaterThan(0);
      expect(missing.baseline).toBe(missing.baseline_nans);
      expect(missing.current).toBe(missing.current_nans);
    }
    expect(report.behaviour.income_missing.baseline).toBe(report.behaviour.income_missing.nans);
  });

  it("agree on count tables: Jensen-Shannon, chi-squared (contingency, no Yates) and PSI", () => {
    expect(report.count_metrics.map((table) => table.categories)).toEqual([2, 3, 7, 25]);
    for (const table of report.count_metrics) {
      for (const metric of ["jensen_shannon", "chi_squared_statistic", "chi_squared_p_value", "psi"] as const) {
        expectAgrees(`${table.categories} categories: ${metric}`, table[metric]);
      }
      expect(table.dof.ours).toBe(table.dof.scipy);
    }
  });

  it("bucket unseen and rare categories under __other__ and agree with chi2_contingency", () => {
    for (const [name, result] of Object.entries(report.categorical)) {
      expect(result.baseline_counts_match, name).toBe(true);
      expect(result.current_counts_match, name).toBe(true);
      expect(result.other.ours).toBe(result.other.unseen_or_rare);
      expect(result.missing.ours).toBe(result.missing.nones);
      for (const metric of ["chi_squared_statistic", "chi_squared_p_value", "jensen_shannon", "psi"] as const) {
        expectAgrees(`${name}.${metric}`, result[metric]);
      }
    }
    const unseen = report.categorical.unseen_categories;
    expect(unseen.other.ours).toBeGreaterThan(0);
    expect(unseen.missing.nones).toBeGreaterThan(0);
    expect(unseen.is_drifted).toBe(true);
    expect(report.categorical.same_distribution.is_drifted).toBe(false);
  });

  it("stay within the stored bounds on a compressed baseline of 1,000,000 values in 1,000 points", () => {
    expect(report.compressed.exact).toBe(false);
    expect(report.compressed.points).toBe(1000);
    for (const name of ["same", "shift_0.05", "scale_1.2", "shift_1"] as const) {
      const result = report.compressed[name];
      expect(result.bounds.ks_error_bound).toBeCloseTo(1 / 1000, 12);
      expect(result.ks_error, name).toBeLessThanOrEqual(result.bounds.ks_error_bound);
      expect(result.wasserstein_error, name).toBeLessThanOrEqual(result.bounds.wasserstein_error_bound);
    }
    // A moved distribution is measured closely; unmoved, W is noise the error is a share of.
    expect(report.compressed["shift_0.05"].wasserstein_relative_error).toBeLessThan(0.02);
    expect(report.compressed["scale_1.2"].wasserstein_relative_error).toBeLessThan(1e-3);
    expect(report.compressed.shift_1.wasserstein_relative_error).toBeLessThan(1e-3);
    expect(report.compressed.same.wasserstein_error).toBeLessThan(0.002);
  });
});

describe("compute_drift", () => {
  it("finds no drift in the training data itself, every output JSON-safe", () => {
    const { identical } = report.behaviour;
    expect(report.behaviour.baseline_kinds).toEqual({ age: "numeric", income: "numeric", clicks: "numeric", city: "categorical", empty: "numeric", constant: "numeric" });
    expect(report.behaviour.baseline_json_safe).toBe(true);
    expect(identical.summary).toEqual({ rows: 50_000, drifted_features: [], missing_features: [] });
    for (const name of ["age", "income", "clicks", "city", "constant"]) {
      expect(identical.features[name].psi, name).toBe(0);
      expect(identical.features[name].status).toBe("ok");
    }
    expect(identical.features.clicks.ks).toBe(0); // integer-valued: an exact baseline
    expect(identical.features.age.ks).toBeLessThanOrEqual(1 / 1000); // 50,000 distinct values: compressed
    expect(identical.features.empty).toMatchObject({ status: "empty", count: 0, missing: 50_000, is_drifted: false });
    for (const result of ["identical", "shifted_age", "without_city", "all_missing_now"] as const) expect(report.behaviour[result].json_safe).toBe(true);
  });

  it("flags a one-std shift by PSI and KS, and not once both rules are off", () => {
    const { shifted_age, shifted_age_rules_off } = report.behaviour;
    expect(shifted_age.summary.drifted_features).toEqual(["age"]);
    expect(shifted_age.features.age.drifted_by).toEqual(["psi", "ks_p_value"]);
    expect(shifted_age.features.age.psi).toBeGreaterThan(0.2);
    expect(shifted_age.features.age.ks).toBeGreaterThan(0.3);
    expect(shifted_age_rules_off.summary.drifted_features).toEqual([]);
    expect(report.behaviour.unknown_threshold).toMatch(/unknown drift thresholds \['psi_limit'\]/);
  });

  it("reports a feature the current data lacks as missing, and one all-missing as empty", () => {
    const { without_city, all_missing_now, all_missing_now_rule_on } = report.behaviour;
    expect(without_city.summary.missing_features).toEqual(["city"]);
    expect(without_city.features.city).toMatchObject({ status: "missing", is_drifted: false });
    expect(all_missing_now.features.clicks).toMatchObject({ status: "empty", count: 0, missing: 50_000, missing_rate: 1, is_drifted: false });
    expect(all_missing_now_rule_on.features.clicks.drifted_by).toEqual(["missing_rate_increase"]);
    expect(all_missing_now_rule_on.summary.drifted_features).toEqual(["clicks"]);
  });

  it("measures prediction drift from a baseline of one predictions column", () => {
    expect(report.behaviour.predictions).toEqual({ labels_same: [], labels_flipped: ["prediction"], scores_same: [], scores_shifted: ["prediction"] });
  });
});

// Train and current rows as a monitoring job gets them; "007" must stay text in the CSV.
const WRITE_FILES = `
import json, sys
import numpy as np, pandas as pd
from mlstudio.monitoring import compute_baseline
folder, rng = sys.argv[1], np.random.default_rng(1)
zips = np.array(["007", "010", "123"])
train = pd.DataFrame({"x": rng.normal(size=5000), "zip": rng.choice(zips, 5000)})
json.dump(compute_baseline(train), open(f"{folder}/baseline.json", "w"), allow_nan=False)
current = pd.DataFrame({"x": rng.normal(1, 1, 2000), "zip": rng.choice(zips, 2000)})
current.loc[:9, "x"] = np.nan
current.to_csv(f"{folder}/current.csv", index=False)
current.to_json(f"{folder}/current.jsonl", orient="records", lines=True)
`;

describe("python -m mlstudio.monitoring.job", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), "mlstudio-drift-job-"));
    execFileSync(PYTHON, ["-c", WRITE_FILES, folder], { env: ENV });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const runJob = (...args: string[]) => spawnSync(PYTHON, ["-m", "mlstudio.monitoring.job", "--baseline", path.join(folder, "baseline.json"), ...args], { env: ENV, encoding: "utf8" });

  it.each(["current.csv", "current.jsonl"])("writes the drift of %s as strict JSON", (file) => {
    const out = path.join(folder, `${file}.result.json`);
    const { status, stdout, stderr } = runJob("--current", path.join(folder, file), "--out", out);
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/^2000 rows; drifted: x$/m);
    const result = JSON.parse(readFileSync(out, "utf8"));
    expect(result.summary).toEqual({ rows: 2000, drifted_features: ["x"], missing_features: [] });
    expect(result.features.x).toMatchObject({ status: "ok", count: 1990, missing: 10 });
    expect(result.features.zip.counts.__other__).toBe(0); // "007" read as 7 would land there
    expect(result.features.zip.is_drifted).toBe(false);
  });

  it("takes threshold overrides, and refuses unknown ones with exit status 2", () => {
    const out = path.join(folder, "relaxed.json");
    const relaxed = runJob("--current", path.join(folder, "current.csv"), "--out", out, "--thresholds", '{"psi": null, "ks_p_value": null}');
    expect(relaxed.status, relaxed.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).summary.drifted_features).toEqual([]);
    const wrong = runJob("--current", path.join(folder, "current.csv"), "--out", out, "--thresholds", '{"psi_max": 0.1}');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/unknown drift thresholds \['psi_max'\]/);
    const parquet = runJob("--current", path.join(folder, "current.parquet"), "--out", out);
    expect(parquet.status).toBe(2);
    expect(parquet.stderr).toMatch(/must be a \.csv, \.jsonl or \.ndjson file/);
  });
});
