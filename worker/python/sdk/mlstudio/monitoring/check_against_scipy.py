"""The monitoring math side by side with SciPy on seeded data, printed as one JSON object for
drift.test.ts to assert on (this script asserts nothing: a wrong figure must fail the test).

    PYTHONPATH=worker/python/sdk /usr/bin/python3 -m mlstudio.monitoring.check_against_scipy

Each comparison is {"ours": x, "scipy": y}. SciPy always sees the raw samples (NaNs dropped);
ours sees only the baseline, so an exact baseline must agree to rounding and a compressed one
to within its stored bounds.
"""

import json

import numpy as np
import pandas as pd
from scipy.spatial.distance import jensenshannon
from scipy.stats import chi2_contingency, ks_2samp, wasserstein_distance

from mlstudio.monitoring import OTHER, chi_squared, compute_baseline, compute_drift, jensen_shannon, ks_statistic
from mlstudio.monitoring import prediction_baseline, prediction_drift, psi, wasserstein

rng = np.random.default_rng(20240611)


def pair(ours, theirs):
    return {"ours": None if ours is None else float(ours), "scipy": float(theirs)}


def psi_by_hand(expected, actual, epsilon=1e-4):
    total_e, total_a, value = sum(expected), sum(actual), 0.0
    for e, a in zip(expected, actual):
        e, a = max(e / total_e, epsilon), max(a / total_a, epsilon)
        value += (a - e) * np.log(a / e)
    return value


def bin_counts_by_hand(values, inner_edges):
    edges = [-np.inf, *inner_edges, np.inf]
    return [int(((values >= low) & (values < high)).sum()) for low, high in zip(edges[:-1], edges[1:])]


def with_nans(values, share):
    values = values.copy()
    values[rng.random(values.size) < share] = np.nan
    return values


def numeric_case(a, b, quantiles=1000):
    """compute_drift on one numeric feature, every figure beside SciPy's on the raw data."""
    baseline = compute_baseline(pd.DataFrame({"x": a}), quantiles=quantiles)
    feature = baseline["features"]["x"]
    result = compute_drift(baseline, pd.DataFrame({"x": b}))["features"]["x"]
    a_, b_ = a[~np.isnan(a)], b[~np.isnan(b)]
    ref_counts, cur_counts = bin_counts_by_hand(a_, feature["bin_edges"]), bin_counts_by_hand(b_, feature["bin_edges"])
    unique, counts = np.unique(a_, return_counts=True)
    probabilities = np.arange(1, 20) / 20
    return {
        "exact": feature["distribution"]["exact"],
        "missing": {"baseline": feature["missing"], "baseline_nans": int(np.isnan(a).sum()),
                    "current": result["missing"], "current_nans": int(np.isnan(b).sum())},
        "bins_match": feature["bin_counts"] == ref_counts and result["bin_counts"] == cur_counts,
        "edges": {"ours": feature["bin_edges"], "numpy": np.unique(np.quantile(a_, probabilities)).tolist()},
        "ks_statistic": pair(result["ks"]["statistic"], ks_2samp(a_, b_).statistic),
        "ks_p_value": pair(result["ks"]["p_value"], ks_2samp(a_, b_, method="asymp").pvalue),
        "wasserstein": pair(result["wasserstein"], wasserstein_distance(a_, b_)),
        "jensen_shannon": pair(result["jensen_shannon"], jensenshannon(ref_counts, cur_counts, base=2)),
        "psi": pair(result["psi"], psi_by_hand(ref_counts, cur_counts)),
        # The metric functions themselves, on (unique values, counts) of the raw baseline.
        "ks_function": pair(ks_statistic(unique, counts, b_), ks_2samp(a_, b_).statistic),
        "wasserstein_function": pair(wasserstein(unique, counts, b_), wasserstein_distance(a_, b_)),
        "mean": pair(result["mean"], b_.mean()),
        "bounds": {key: feature["distribution"][key] for key in ("ks_error_bound", "wasserstein_error_bound")},
    }


def check_exact():
    normal = rng.normal(size=3000)
    return {
        # quantiles above the sample size: every value kept, so the baseline is exact.
        "normal": numeric_case(normal, rng.normal(size=2000), quantiles=5000),
        "shifted_normal": numeric_case(normal, rng.normal(0.3, 1.0, size=2000), quantiles=5000),
        "integers": numeric_case(rng.poisson(4.0, size=20000).astype(float), rng.poisson(4.3, size=15000).astype(float)),
        "with_nans": numeric_case(with_nans(rng.normal(size=4000), 0.1), with_nans(rng.normal(0.1, 1.2, size=3000), 0.05), quantiles=5000),
        "rounded_with_nans": numeric_case(with_nans(np.round(rng.normal(size=50000), 1), 0.02), with_nans(np.round(rng.normal(0.2, 1, size=8000), 1), 0.3)),
    }


def check_count_metrics():
    """The count metrics on random tables, zeros included, against SciPy."""
    cases = []
    for size in (2, 3, 7, 25):
        p, q = rng.integers(0, 50, size=size), rng.integers(0, 50, size=size)
        p[0], q[-1] = 0, 0
        p[-1], q[0] = p[-1] + 1, q[0] + 1  # neither row may be all zero
        table = np.vstack([p, q])
        statistic, p_value, dof, _ = chi2_contingency(table[:, table.sum(axis=0) > 0], correction=False)
        ours = chi_squared(p, q)
        cases.append({
            "categories": size,
            "jensen_shannon": pair(jensen_shannon(p, q), jensenshannon(p, q, base=2)),
            "chi_squared_statistic": pair(ours["statistic"], statistic),
            "chi_squared_p_value": pair(ours["p_value"], p_value),
            "dof": {"ours": ours["dof"], "scipy": int(dof)},
            "psi": pair(psi(p, q), psi_by_hand(p, q)),
        })
    return cases


def categorical_case(a, b, max_categories=50):
    """compute_drift on one categorical feature beside chi2_contingency on a table built here."""
    baseline = compute_baseline(pd.DataFrame({"c": a}), max_categories=max_categories)
    feature = baseline["features"]["c"]
    result = compute_drift(baseline, pd.DataFrame({"c": b}))["features"]["c"]
    labels = list(feature["counts"])
    a_, b_ = pd.Series(a).dropna().astype(str), pd.Series(b).dropna().astype(str)
    in_bucket = lambda s: s.where(s.isin(labels[:-1]), OTHER).value_counts().reindex(labels, fill_value=0).to_numpy()
    table = np.vstack([in_bucket(a_), in_bucket(b_)])
    statistic, p_value, dof, _ = chi2_contingency(table[:, table.sum(axis=0) > 0], correction=False)
    return {
        "baseline_counts_match": list(feature["counts"].values()) == table[0].tolist(),
        "current_counts_match": list(result["counts"].values()) == table[1].tolist(),
        "other": {"ours": result["counts"][OTHER], "unseen_or_rare": int((~b_.isin(labels[:-1])).sum())},
        "missing": {"ours": result["missing"], "nones": int(pd.Series(b).isna().sum())},
        "chi_squared_statistic": pair(result["chi_squared"]["statistic"], statistic),
        "chi_squared_p_value": pair(result["chi_squared"]["p_value"], p_value),
        "jensen_shannon": pair(result["jensen_shannon"], jensenshannon(table[0], table[1], base=2)),
        "psi": pair(result["psi"], psi_by_hand(table[0].tolist(), table[1].tolist())),
        "is_drifted": result["is_drifted"],
    }


def check_categorical():
    colours = np.array(["red", "green", "blue", "cyan", "magenta", "yellow", "black", "white"])
    weights = np.array([30, 20, 15, 10, 10, 8, 5, 2]) / 100
    a = rng.choice(colours, p=weights, size=6000).astype(object)
    b = rng.choice(np.append(colours, ["teal", "olive"]), p=np.append(weights * 0.9, [0.06, 0.04]), size=4000).astype(object)
    b[rng.random(b.size) < 0.05] = None
    many = np.array([f"c{i}" for i in range(100)])
    return {
        "unseen_categories": categorical_case(a, b),
        "same_distribution": categorical_case(a, rng.choice(colours, p=weights, size=4000).astype(object)),
        "top_10_of_100": categorical_case(rng.choice(many, size=20000), rng.choice(many[::-1], p=np.linspace(1, 2, 100) / 150, size=5000), max_categories=10),
        "bool": categorical_case(rng.random(5000) < 0.3, rng.random(3000) < 0.35),
    }


def compressed_case(a, b, baseline):
    feature = baseline["features"]["x"]
    result = compute_drift(baseline, pd.DataFrame({"x": b}))["features"]["x"]
    true_ks, true_w = ks_2samp(a, b).statistic, wasserstein_distance(a, b)
    return {
        "ks_statistic": pair(result["ks"]["statistic"], true_ks),
        "ks_error": abs(result["ks"]["statistic"] - true_ks),
        "wasserstein": pair(result["wasserstein"], true_w),
        "wasserstein_error": abs(result["wasserstein"] - true_w),
        "wasserstein_relative_error": abs(result["wasserstein"] - true_w) / true_w,
        "bounds": {key: feature["distribution"][key] for key in ("ks_error_bound", "wasserstein_error_bound")},
    }


def check_compressed():
    """1,000,000 continuous values kept as 1,000 points."""
    a = rng.normal(size=1_000_000)
    baseline = compute_baseline(pd.DataFrame({"x": a}), quantiles=1000)
    return {
        "exact": baseline["features"]["x"]["distribution"]["exact"],
        "points": len(baseline["features"]["x"]["distribution"]["values"]),
        "same": compressed_case(a, rng.normal(size=100_000), baseline),
        "shift_0.05": compressed_case(a, rng.normal(0.05, 1, size=100_000), baseline),
        "scale_1.2": compressed_case(a, rng.normal(0, 1.2, size=100_000), baseline),
        "shift_1": compressed_case(a, rng.normal(1, 1, size=100_000), baseline),
    }


def drift_summary(baseline, frame, thresholds=None):
    result = compute_drift(baseline, frame, thresholds)
    features = {name: {k: v for k, v in entry.items() if k in ("status", "is_drifted", "drifted_by", "psi", "missing", "count", "missing_rate")}
                | {"ks": entry.get("ks", {}).get("statistic")} for name, entry in result["features"].items()}
    return {"summary": result["summary"], "features": features, "json_safe": is_json_safe(result)}


def is_json_safe(value):
    try:
        json.dumps(value, allow_nan=False)
        return True
    except ValueError:
        return False


def check_behaviour():
    n = 50_000
    train = pd.DataFrame({
        "age": rng.normal(40, 10, n), "income": with_nans(rng.lognormal(10, 1, n), 0.1),
        "clicks": rng.poisson(3, n), "city": rng.choice(["paris", "lyon", "nice"], n).astype(object),
        "empty": np.full(n, np.nan), "constant": np.full(n, 7.0),
    })
    baseline = compute_baseline(train)
    shifted = train.assign(age=train["age"] + 10)  # one std
    try:
        compute_drift(baseline, train, {"psi_limit": 0.1})
        unknown_threshold = "accepted"
    except ValueError as error:
        unknown_threshold = str(error)
    labels = rng.choice(["cat", "dog"], p=[0.7, 0.3], size=20_000)
    scores = rng.normal(0.5, 0.1, size=20_000)
    return {
        "baseline_json_safe": is_json_safe(baseline),
        "baseline_kinds": {name: feature["kind"] for name, feature in baseline["features"].items()},
        "income_missing": {"baseline": baseline["features"]["income"]["missing"], "nans": int(train["income"].isna().sum())},
        "identical": drift_summary(baseline, train),
        "shifted_age": drift_summary(baseline, shifted),
        "shifted_age_rules_off": drift_summary(baseline, shifted, {"psi": None, "ks_p_value": None}),
        "without_city": drift_summary(baseline, train.drop(columns=["city"])),
        "all_missing_now": drift_summary(baseline, train.assign(clicks=np.nan)),
        "all_missing_now_rule_on": drift_summary(baseline, train.assign(clicks=np.nan), {"missing_rate_increase": 0.1}),
        "unknown_threshold": unknown_threshold,
        "predictions": {
            "labels_same": prediction_drift(prediction_baseline(labels), pd.Series(labels[::-1]))["summary"]["drifted_features"],
            "labels_flipped": prediction_drift(prediction_baseline(labels), np.where(labels == "cat", "dog", "cat"))["summary"]["drifted_features"],
            "scores_same": prediction_drift(prediction_baseline(scores), scores[::-1].reshape(-1, 1))["summary"]["drifted_features"],
            "scores_shifted": prediction_drift(prediction_baseline(scores), scores + 0.1)["summary"]["drifted_features"],
        },
    }


if __name__ == "__main__":
    print(json.dumps({
        "exact": check_exact(),
        "count_metrics": check_count_metrics(),
        "categorical": check_categorical(),
        "compressed": check_compressed(),
        "behaviour": check_behaviour(),
    }))
