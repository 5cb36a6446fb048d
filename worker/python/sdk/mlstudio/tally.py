"""Counting done in the SDK, with numpy, so that only the counts travel: confusion matrices
and histograms."""

import numpy as np

from .encode import to_numpy
from .wire import MAX_HISTOGRAM_BINS, MAX_LABEL_LENGTH, MAX_LABELS


def count_confusion(y_true, y_pred, labels=None):
    """(labels as strings, matrix) with matrix[i][j] = how many of label i were predicted as j.

    labels are the values that appear in y_true and y_pred (ints or strings), in the order of
    the matrix; by default every value of either, sorted. Pairs with a value outside labels
    are left out, as scikit-learn does.
    """
    y_true, y_pred = to_numpy(y_true).ravel(), to_numpy(y_pred).ravel()
    if y_true.shape != y_pred.shape:
        raise ValueError(f"mlstudio: y_true has {y_true.size} values but y_pred has {y_pred.size}")
    labels = np.unique(np.concatenate([y_true, y_pred])) if labels is None else to_numpy(labels).ravel()
    if not 1 <= labels.size <= MAX_LABELS:
        raise ValueError(f"mlstudio: a confusion matrix needs 1 to {MAX_LABELS} labels, not {labels.size}")
    if np.unique(labels).size != labels.size:
        raise ValueError("mlstudio: the labels of a confusion matrix must be distinct")

    true_index, is_true_known = _index_in(labels, y_true)
    pred_index, is_pred_known = _index_in(labels, y_pred)
    if y_true.size and not (is_true_known | is_pred_known).any():
        raise ValueError(
            "mlstudio: no value of y_true or y_pred is among the labels; labels are the values "
            "that appear in them (e.g. [0, 1, 2]), not display names"
        )
    is_counted = is_true_known & is_pred_known
    n = labels.size
    cells = true_index[is_counted] * n + pred_index[is_counted]
    matrix = np.bincount(cells, minlength=n * n).reshape(n, n)
    return [_label_text(label) for label in labels], matrix.tolist()


def _index_in(labels, values):
    """Each value's position in labels, and whether it is there at all (vectorised)."""
    if _is_text(labels) != _is_text(values):  # e.g. int classes and name labels: none match
        return np.zeros(values.size, dtype=np.intp), np.zeros(values.size, dtype=bool)
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]
    positions = np.searchsorted(sorted_labels, values).clip(0, labels.size - 1)
    is_known = sorted_labels[positions] == values
    return order[positions], np.asarray(is_known, dtype=bool)


def _is_text(array):
    return array.dtype.kind in "US"


def _label_text(label):
    text = str(label.item() if isinstance(label, np.generic) else label)
    if len(text) > MAX_LABEL_LENGTH:
        raise ValueError(f"mlstudio: a confusion-matrix label is at most {MAX_LABEL_LENGTH} characters: {text[:40]!r}…")
    return text


def count_histogram(values, bins=64):
    """(edges, counts) of the finite values, as numpy.histogram makes them (bins: a count or
    the edges themselves). NaN and infinities are left out: they have no bin."""
    values = to_numpy(values).astype(float, copy=False).ravel()
    counts, edges = np.histogram(values[np.isfinite(values)], bins=bins)
    if counts.size > MAX_HISTOGRAM_BINS:
        raise ValueError(f"mlstudio: a histogram has at most {MAX_HISTOGRAM_BINS} bins, not {counts.size}")
    return edges.tolist(), counts.tolist()
