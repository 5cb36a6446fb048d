"""The training data's baseline: per feature, the statistics and binned distributions that drift
is measured against, small enough to store as JSON beside a model version (the raw rows stay
where they are; a baseline of 1,000,000 rows × 20 features is about 1 MB).

    baseline = compute_baseline(train_frame)
    json.dump(baseline, open("baseline.json", "w"))

Numeric features (numeric dtypes) keep count, missing, mean, std, min, max, bins and an
empirical distribution for the KS statistic and the Wasserstein distance; categorical ones
(object, category, string and bool dtypes) keep counts per category. The kind comes from the
dtype only: an integer column with three values is numeric, as the model saw it.
"""

import numpy as np
import pandas as pd

FORMAT = "mlstudio.monitoring.baseline"
VERSION = 1
# The bucket of categories beyond the top max_categories, and of those a baseline never saw.
OTHER = "__other__"


def compute_baseline(frame, features=None, bins=20, max_categories=50, quantiles=1000):
    """A JSON-serialisable baseline of a pandas DataFrame (json.dumps(..., allow_nan=False) works).

    features: the columns to keep (default: every numeric or categorical column).
    bins: how many quantile bins a numeric feature gets (fewer where quantiles coincide).
    max_categories: how many of a categorical feature's most frequent categories are kept by
        name; the rest are summed under "__other__" (a category really named so joins them).
    quantiles: the most points a numeric feature's empirical distribution keeps. A column with
        at most that many distinct values keeps them all with their counts, so KS and
        Wasserstein are exact. Otherwise its sorted values are cut into `quantiles` chunks of
        equal count (±1) and each chunk is kept as one point, its mean, weighted by its size:
        at any x at most one chunk straddles x, so the baseline's CDF is off by at most one
        chunk's mass and the KS statistic by at most ceil(n / quantiles) / n ≈ 1 / quantiles
        (stored as distribution.ks_error_bound). The Wasserstein distance is off by at most the
        distance from the data to its compressed form, computed exactly and stored as
        distribution.wasserstein_error_bound (in the feature's units).

    Missing values are NaN, None, NA and ±inf for numeric features (inf would make every mean
    and distance infinite); None, NaN and NA for categorical ones.
    """
    if int(bins) < 1 or int(max_categories) < 1 or int(quantiles) < 2:
        raise ValueError("mlstudio: compute_baseline needs bins >= 1, max_categories >= 1 and quantiles >= 2")
    names = list(frame.columns) if features is None else list(features)
    kept = {}
    for name in names:
        if name not in frame.columns:
            raise ValueError(f"mlstudio: compute_baseline: the frame has no column {name!r}")
        kind = feature_kind(frame[name])
        if kind is None and features is None:
            continue  # dates and the like: not something these metrics compare
        if kind is None:
            raise ValueError(f"mlstudio: compute_baseline: column {name!r} ({frame[name].dtype}) is neither numeric nor categorical")
        if kind == "numeric":
            kept[str(name)] = numeric_baseline(numeric_values(frame[name]), int(bins), int(quantiles))
        else:
            kept[str(name)] = categorical_baseline(frame[name], int(max_categories))
    return {
        "format": FORMAT,
        "version": VERSION,
        "rows": int(len(frame)),
        "settings": {"bins": int(bins), "max_categories": int(max_categories), "quantiles": int(quantiles)},
        "features": kept,
    }


def prediction_baseline(predictions, name="prediction", **options):
    """The baseline of a model's predictions (one value per row), for prediction_drift()."""
    values = np.asarray(predictions)
    if values.ndim > 1 and values.shape[1:] != (1,):
        raise ValueError("mlstudio: prediction_baseline takes one prediction per row; give a frame of one column per class to compute_baseline")
    column = predictions.reset_index(drop=True) if isinstance(predictions, pd.Series) else values.ravel()
    return compute_baseline(pd.DataFrame({name: column}), **options)


def feature_kind(series):
    """"numeric", "categorical", or None for what neither fits (dates, timedeltas)."""
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype) or isinstance(dtype, pd.CategoricalDtype):
        return "categorical"
    if pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_complex_dtype(dtype):
        return "numeric"
    if pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype):
        return "categorical"
    return None


def numeric_values(series):
    """A column as float64, every missing or non-finite value as NaN (text that is no number too)."""
    if not pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        series = pd.to_numeric(series, errors="coerce")
    values = series.to_numpy(dtype="float64", na_value=np.nan)
    return np.where(np.isfinite(values), values, np.nan)


def numeric_baseline(values, bins, quantiles):
    """The numeric feature's entry, from its float64 values (NaN = missing)."""
    x = np.sort(values[~np.isnan(values)])
    n = int(x.size)
    entry = {"kind": "numeric", "count": n, "missing": int(values.size - n)}
    if n == 0:
        return {**entry, "mean": None, "std": None, "min": None, "max": None, "bin_edges": [], "bin_counts": [0],
                "distribution": {"values": [], "weights": [], "exact": True, "ks_error_bound": 0.0, "wasserstein_error_bound": 0.0}}
    edges = quantile_edges(x, bins)
    return {
        **entry,
        "mean": float(x.mean()),
        "std": float(x.std(ddof=1)) if n > 1 else 0.0,  # the sample std, as pandas gives it
        "min": float(x[0]),
        "max": float(x[-1]),
        # Bin i is [bin_edges[i-1], bin_edges[i]) with -inf and +inf outside the list (JSON has
        # no infinities), so data beyond the baseline's range still lands in the end bins.
        "bin_edges": edges.tolist(),
        "bin_counts": counts_in_bins(x, edges).tolist(),
        "distribution": compress_sorted(x, quantiles),
    }


def quantile_edges(sorted_x, bins):
    """The inner edges of `bins` equal-count bins: the data's 1/bins … (bins-1)/bins quantiles
    (numpy's linear method), duplicates removed: ties leave fewer bins. When the lowest edge is the
    minimum (an integer column), the first bin is empty in the baseline and holds what falls below."""
    n = sorted_x.size
    position = np.arange(1, bins) / bins * (n - 1)
    low = np.floor(position).astype(np.int64)
    high = np.minimum(low + 1, n - 1)
    edges = sorted_x[low] + (sorted_x[high] - sorted_x[low]) * (position - low)
    return np.unique(edges)


def counts_in_bins(sorted_x, edges):
    """How many of the sorted values fall in each bin [edges[i-1], edges[i]) (len(edges) + 1 bins)."""
    below = np.searchsorted(sorted_x, edges, side="left")  # how many values lie below each edge
    return np.diff(np.concatenate(([0], below, [sorted_x.size])))


def compress_sorted(x, quantiles):
    """The empirical distribution of sorted finite values, exact or in `quantiles` weighted points."""
    n = x.size
    starts = np.flatnonzero(np.concatenate(([True], x[1:] != x[:-1])))
    if starts.size <= quantiles:
        weights = np.diff(np.append(starts, n))
        return {"values": x[starts].tolist(), "weights": weights.tolist(), "exact": True, "ks_error_bound": 0.0, "wasserstein_error_bound": 0.0}
    bounds = np.arange(quantiles + 1, dtype=np.int64) * n // quantiles
    starts, sizes = bounds[:-1], np.diff(bounds)
    # Clipped to the chunk's range: a sum's rounding must not move a chunk of equal values.
    means = np.clip(np.add.reduceat(x, starts) / sizes, x[starts], x[bounds[1:] - 1])
    # Each value moved to its chunk's mean is the monotone, hence optimal, transport: its cost
    # is exactly the Wasserstein distance between the data and the compressed distribution.
    moved = np.abs(x - np.repeat(means, sizes)).sum() / n
    return {"values": means.tolist(), "weights": sizes.tolist(), "exact": False,
            "ks_error_bound": float(sizes.max() / n), "wasserstein_error_bound": float(moved)}


def category_counts(series):
    """(counts per category as text, sorted by count then name; how many were missing)."""
    is_missing = series.isna().to_numpy()
    present = series[~is_missing]
    counts = present.value_counts(sort=False)
    counts = counts[counts > 0]  # a category dtype lists its unused categories too
    # As text, the way JSON keeps them: labels that print alike (1 and "1") are one category.
    # (A plain object index: a categorical one would bring back the unused categories.)
    labels = np.array([str(label) for label in counts.index], dtype=object)
    counts = pd.Series(counts.to_numpy(), index=labels).groupby(level=0).sum()
    order = np.lexsort((counts.index.to_numpy(dtype=str), -counts.to_numpy()))
    return counts.iloc[order], int(is_missing.sum())


def categorical_baseline(series, max_categories):
    """The categorical feature's entry: the top categories by name, the rest under OTHER."""
    counts, missing = category_counts(series)
    named = counts.drop(OTHER, errors="ignore")
    top = named.iloc[:max_categories]
    kept = {label: int(count) for label, count in top.items()}
    kept[OTHER] = int(counts.sum() - top.sum())
    return {"kind": "categorical", "count": int(counts.sum()), "missing": missing, "distinct": int(counts.size), "counts": kept}
