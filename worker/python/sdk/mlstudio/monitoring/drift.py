"""Drift of current data against a baseline: exact two-sample metrics on weighted samples, and
compute_drift(), which applies them per feature and decides which features drifted.

A weighted sample is (values, weights): a baseline keeps its data that way (unique values and
their counts, or compressed points; see compute_baseline). Every metric here equals SciPy's on
the raw samples when the weights are the exact counts, to rounding (checked to 1e-9 by
check_against_scipy.py), and returns None where it is undefined (an empty sample).
"""

import numpy as np
import pandas as pd
from scipy.stats import chi2, kstwo

from .baseline import FORMAT, OTHER, category_counts, counts_in_bins, numeric_values

# A feature has drifted when any rule that is not None fires. Override per metric:
# compute_drift(baseline, frame, thresholds={"psi": 0.1, "ks_p_value": None}).
DEFAULT_THRESHOLDS = {
    "psi": 0.2,  # psi >= 0.2: the usual "significant shift" line (0.1–0.2 is "moderate")
    "ks_p_value": 0.01,  # numeric features: KS p-value below it
    "chi_squared_p_value": 0.01,  # categorical features: chi-squared p-value below it
    "jensen_shannon": None,  # distance (base 2, 0..1) at or above it; off by default
    "wasserstein_normalized": None,  # Wasserstein / baseline std at or above it; off by default
    # The share of missing values grew by at least this much (0.1 = ten points); off by default.
    # A column that turns all-missing has no distribution left to compare: this rule sees it.
    "missing_rate_increase": None,
}
_FIRES_AT_OR_ABOVE = {"psi", "jensen_shannon", "wasserstein_normalized", "missing_rate_increase"}  # the rest: below


def ks_test(ref_values, ref_weights, cur_values):
    """{"statistic", "p_value"} of the two-sided two-sample KS test.

    statistic = scipy.stats.ks_2samp(a, b).statistic; p_value = ks_2samp(a, b, method="asymp"),
    Smirnov's asymptotic kstwo.sf(d, round(n*m/(n+m))), n the baseline's weight total. That is
    what ks_2samp's default gives once either sample has over 10,000 values, as a baseline does.
    """
    statistic = _compare(ref_values, ref_weights, cur_values)[0]
    if statistic is None:
        return {"statistic": None, "p_value": None}
    return {"statistic": statistic, "p_value": _ks_p_value(statistic, float(np.sum(ref_weights)), np.size(cur_values))}


def ks_statistic(ref_values, ref_weights, cur_values):
    """The KS statistic: the largest gap between the two empirical CDFs (ks_2samp's)."""
    return _compare(ref_values, ref_weights, cur_values)[0]


def wasserstein(ref_values, ref_weights, cur_values):
    """The 1-Wasserstein distance, = scipy.stats.wasserstein_distance(a, b), in the data's units."""
    return _compare(ref_values, ref_weights, cur_values)[1]


def psi(expected_counts, actual_counts, epsilon=1e-4):
    """Population stability index over the same bins: Σ (a - e) ln(a / e) over the bins'
    proportions, each floored at epsilon so that an empty bin counts as rare, not infinite."""
    expected, actual = _paired_counts(expected_counts, actual_counts)
    if expected.sum() <= 0 or actual.sum() <= 0:
        return None
    e = np.maximum(expected / expected.sum(), epsilon)
    a = np.maximum(actual / actual.sum(), epsilon)
    return float(np.sum((a - e) * np.log(a / e)))


def jensen_shannon(p_counts, q_counts):
    """Jensen-Shannon distance, base 2 (0 = same, 1 = disjoint): the square root of the
    divergence, = scipy.spatial.distance.jensenshannon(p, q, base=2)."""
    p, q = _paired_counts(p_counts, q_counts)
    if p.sum() <= 0 or q.sum() <= 0:
        return None
    p, q = p / p.sum(), q / q.sum()
    m = (p + q) / 2
    divergence = (_relative_entropy(p, m) + _relative_entropy(q, m)) / (2 * np.log(2))
    return float(np.sqrt(max(divergence, 0.0)))  # rounding can leave -1e-17 for equal p and q


def chi_squared(expected_counts, actual_counts):
    """{"statistic", "p_value", "dof"} of Pearson's chi-squared test of homogeneity on the 2×k
    table [expected_counts, actual_counts]: both are samples, neither is the true distribution.
    = scipy.stats.chi2_contingency(table, correction=False) once the categories empty in both
    are dropped (SciPy refuses them). No Yates correction: it would change the test only for
    two categories, making a bool feature's p-value unlike every other feature's."""
    table = np.vstack(_paired_counts(expected_counts, actual_counts))
    table = table[:, table.sum(axis=0) > 0]
    if (table.sum(axis=1) <= 0).any():
        return {"statistic": None, "p_value": None, "dof": None}
    expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / table.sum()
    statistic = float(np.sum((table - expected) ** 2 / expected))
    dof = table.shape[1] - 1
    return {"statistic": statistic, "p_value": float(chi2.sf(statistic, dof)) if dof > 0 else 1.0, "dof": dof}


def compute_drift(baseline, frame, thresholds=None):
    """Drift of a DataFrame (the current data) from a baseline, as JSON-safe dict (no NaN).

    Per feature of the baseline: "status" ("ok"; "missing" when the frame lacks the column;
    "empty" when it has no value there), the current count, missing, missing_rate and
    missing_rate_increase (from the baseline's), and
    - numeric: mean, std, bin_counts in the baseline's bins, psi and jensen_shannon on those
      bins, ks {statistic, p_value}, wasserstein and wasserstein_normalized (/ baseline std);
    - categorical: counts per baseline category (unseen ones under "__other__"), chi_squared
      {statistic, p_value, dof}, psi, jensen_shannon;
    - is_drifted and drifted_by (the rules that fired; see DEFAULT_THRESHOLDS).
    "summary": rows, drifted_features, missing_features. Columns the baseline lacks are ignored.
    """
    if not isinstance(baseline, dict) or baseline.get("format") != FORMAT:
        raise ValueError(f"mlstudio: compute_drift needs a baseline from compute_baseline (format {FORMAT!r})")
    rules = resolve_thresholds(thresholds)
    columns = {str(column): column for column in frame.columns}
    features = {}
    for name, reference in baseline["features"].items():
        if name not in columns:
            features[name] = {"kind": reference["kind"], "status": "missing", "is_drifted": False, "drifted_by": []}
            continue
        column = frame[columns[name]]
        measure = _numeric_drift if reference["kind"] == "numeric" else _categorical_drift
        entry = measure(reference, column)
        entry["missing_rate"] = _share(entry["missing"], entry["count"] + entry["missing"])
        was = _share(reference["missing"], reference["count"] + reference["missing"])
        entry["missing_rate_increase"] = None if None in (was, entry["missing_rate"]) else entry["missing_rate"] - was
        entry["drifted_by"] = [rule for rule, limit in rules.items() if _fires(rule, limit, entry)]
        entry["is_drifted"] = bool(entry["drifted_by"])
        features[name] = entry
    return {
        "format": "mlstudio.monitoring.drift",
        "version": 1,
        "thresholds": rules,
        "features": features,
        "summary": {
            "rows": int(len(frame)),
            "drifted_features": [name for name, entry in features.items() if entry["is_drifted"]],
            "missing_features": [name for name, entry in features.items() if entry["status"] == "missing"],
        },
    }


def prediction_drift(baseline, predictions, thresholds=None):
    """Drift of a model's predictions from a baseline of one column (prediction_baseline()):
    predictions as a list, array, Series or one-column frame, named or not."""
    if len(baseline.get("features", {})) != 1:
        raise ValueError("mlstudio: prediction_drift needs a baseline of one column (prediction_baseline(y_pred))")
    name = next(iter(baseline["features"]))
    if isinstance(predictions, pd.DataFrame):
        if predictions.shape[1] != 1 and name not in predictions.columns:
            raise ValueError(f"mlstudio: prediction_drift: the frame has neither one column nor one named {name!r}")
        frame = predictions[[name]] if name in predictions.columns else predictions.set_axis([name], axis=1)
    elif isinstance(predictions, pd.Series):
        frame = predictions.rename(name).to_frame()
    else:
        frame = pd.DataFrame({name: np.asarray(predictions).ravel()})
    return compute_drift(baseline, frame, thresholds)


def resolve_thresholds(thresholds):
    """DEFAULT_THRESHOLDS with the caller's overrides; an unknown name is a mistake, not ignored."""
    unknown = set(thresholds or {}) - set(DEFAULT_THRESHOLDS)
    if unknown:
        raise ValueError(f"mlstudio: unknown drift thresholds {sorted(unknown)}; known: {sorted(DEFAULT_THRESHOLDS)}")
    rules = {**DEFAULT_THRESHOLDS, **(thresholds or {})}
    for rule, limit in rules.items():
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, (int, float)) or not np.isfinite(limit)):
            raise ValueError(f"mlstudio: the drift threshold {rule} must be a number or None, not {limit!r}")
    return {rule: None if limit is None else float(limit) for rule, limit in rules.items()}


def _numeric_drift(reference, column):
    values = numeric_values(column)
    current = np.sort(values[~np.isnan(values)])
    entry = {"kind": "numeric", "count": int(current.size), "missing": int(values.size - current.size)}
    if current.size == 0:
        return {**entry, "status": "empty", "mean": None, "std": None}
    counts = counts_in_bins(current, np.asarray(reference["bin_edges"], dtype=np.float64))
    distribution = reference["distribution"]
    ks, distance = _compare(distribution["values"], distribution["weights"], current, is_sorted=True)
    p_value = None if ks is None else _ks_p_value(ks, reference["count"], current.size)
    std = reference.get("std")
    return {
        **entry,
        "status": "ok",
        "mean": _number(current.mean()),
        "std": _number(current.std(ddof=1)) if current.size > 1 else 0.0,
        "bin_counts": counts.tolist(),
        "psi": psi(reference["bin_counts"], counts),
        "jensen_shannon": jensen_shannon(reference["bin_counts"], counts),
        "ks": {"statistic": ks, "p_value": p_value},
        "wasserstein": distance,
        "wasserstein_normalized": _number(distance / std) if distance is not None and std else None,
    }


def _categorical_drift(reference, column):
    counts, missing = category_counts(column)
    labels = [label for label in reference["counts"] if label != OTHER]
    known = counts.reindex(labels, fill_value=0)
    current = {label: int(count) for label, count in known.items()}
    current[OTHER] = int(counts.sum() - known.sum())
    entry = {"kind": "categorical", "count": int(counts.sum()), "missing": missing}
    if entry["count"] == 0:
        return {**entry, "status": "empty"}
    expected, actual = list(reference["counts"].values()), [current[label] for label in reference["counts"]]
    return {
        **entry,
        "status": "ok",
        "counts": current,
        "chi_squared": chi_squared(expected, actual),
        "psi": psi(expected, actual),
        "jensen_shannon": jensen_shannon(expected, actual),
    }


def _share(part, whole):
    return part / whole if whole else None


def _fires(rule, limit, entry):
    if limit is None:
        return False
    value = {"ks_p_value": entry.get("ks", {}).get("p_value"),
             "chi_squared_p_value": entry.get("chi_squared", {}).get("p_value")}.get(rule, entry.get(rule))
    if value is None:
        return False
    return value >= limit if rule in _FIRES_AT_OR_ABOVE else value < limit


def _compare(ref_values, ref_weights, cur_values, is_sorted=False):
    """(KS statistic, Wasserstein distance) of a weighted sample and a plain one, in one sort.

    Both come from the two empirical CDFs evaluated at every value of either sample, as SciPy
    evaluates them: KS is their largest gap, Wasserstein the area between them.
    """
    ref_values, ref_weights = np.asarray(ref_values, dtype=np.float64), np.asarray(ref_weights, dtype=np.float64)
    current = np.asarray(cur_values, dtype=np.float64)
    if ref_values.shape != ref_weights.shape or ref_values.ndim != 1:
        raise ValueError("mlstudio: ref_values and ref_weights must be 1-D and of the same length")
    if not (np.isfinite(ref_values).all() and np.isfinite(current).all()):
        raise ValueError("mlstudio: drift metrics take finite values; drop missing ones first")
    if (ref_weights < 0).any() or not np.isfinite(ref_weights).all():
        raise ValueError("mlstudio: ref_weights must be finite and non-negative")
    if ref_weights.sum() <= 0 or current.size == 0:
        return None, None
    order = np.argsort(ref_values, kind="stable")
    ref_values, cumulative = ref_values[order], np.concatenate(([0.0], np.cumsum(ref_weights[order])))
    current = current.ravel() if is_sorted else np.sort(current.ravel())
    points = np.concatenate((ref_values, current))
    points.sort(kind="mergesort")  # two sorted runs: a merge
    ref_cdf = cumulative[np.searchsorted(ref_values, points, side="right")] / cumulative[-1]
    cur_cdf = np.searchsorted(current, points, side="right") / current.size
    gap = np.abs(ref_cdf - cur_cdf)
    return float(gap.max()), float(np.sum(gap[:-1] * np.diff(points)))


def _ks_p_value(statistic, n, m):
    """ks_2samp's asymptotic two-sided p-value for samples of n and m values."""
    n, m = sorted([float(n), float(m)], reverse=True)
    effective = np.round(n * m / (n + m))
    if effective < 1:  # one value in each sample: no distribution to speak of
        return None
    return _number(np.clip(kstwo.sf(statistic, effective), 0, 1))


def _paired_counts(first, second):
    first, second = np.asarray(first, dtype=np.float64), np.asarray(second, dtype=np.float64)
    if first.shape != second.shape or first.ndim != 1:
        raise ValueError("mlstudio: both count vectors must be 1-D and over the same bins")
    if (first < 0).any() or (second < 0).any() or not (np.isfinite(first).all() and np.isfinite(second).all()):
        raise ValueError("mlstudio: counts must be finite and non-negative")
    return first, second


def _relative_entropy(p, m):
    """Σ p ln(p / m), with 0 ln 0 = 0 (scipy.special.rel_entr)."""
    is_positive = p > 0
    return float(np.sum(p[is_positive] * np.log(p[is_positive] / m[is_positive])))


def _number(value):
    """A float for JSON: None for NaN and infinities."""
    value = float(value)
    return value if np.isfinite(value) else None
