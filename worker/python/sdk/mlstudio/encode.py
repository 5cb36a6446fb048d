"""Turns what users pass (Python, numpy, torch values) into plain JSON the server accepts.

JSON has no NaN or infinities: they travel as the strings "NaN", "Infinity" and "-Infinity".
"""

import math
import operator

import numpy as np

from .wire import MAX_NAME_LENGTH, MAX_STEP


def encode_float(value):
    """A float as JSON: itself when finite, else its name as a string."""
    if math.isfinite(value):
        return value
    if math.isnan(value):
        return "NaN"
    return "Infinity" if value > 0 else "-Infinity"


def to_numpy(values):
    """An array from a list, numpy array, pandas object or torch tensor (on any device)."""
    if hasattr(values, "detach"):  # torch: a tensor that needs a gradient or sits on a GPU
        values = values.detach().cpu().numpy()
    return np.asarray(values)


def _as_python_scalar(value):
    """numpy scalars, 0-d arrays and one-element tensors become the Python number inside."""
    if isinstance(value, (np.generic, np.ndarray)) or (hasattr(value, "item") and hasattr(value, "dtype")):
        try:
            return value.item()
        except (ValueError, RuntimeError):  # more than one element: not a scalar
            return value
    return value


def encode_metric_value(key, value):
    """A metric value as the wire's number-or-name; TypeError for anything not a real number."""
    value = _as_python_scalar(value)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return encode_float(value)
    raise TypeError(
        f"mlstudio: metric {key!r} must be a number, not {type(value).__name__}; "
        "use log_histogram for arrays and log_confusion_matrix for predictions"
    )


def encode_json_value(value):
    """Any value as plain JSON, for params and the summary: numpy and torch values become
    numbers and lists, non-finite floats their names, and whatever else its str()."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)  # an IntEnum or similar becomes a plain int
    if isinstance(value, float):
        return encode_float(float(value))
    if isinstance(value, dict):
        return {str(key): encode_json_value(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [encode_json_value(item) for item in value]
    if isinstance(value, (np.generic, np.ndarray)) or hasattr(value, "detach"):
        return encode_json_value(to_numpy(value).tolist())
    return str(value)


def encode_record(record, what):
    """A dict of JSON values with string keys that the server accepts (params, summary)."""
    if record is None:
        return {}
    if not isinstance(record, dict):
        raise TypeError(f"mlstudio: {what} must be a dict, not {type(record).__name__}")
    return {check_key(key, what): encode_json_value(value) for key, value in record.items()}


def check_key(key, what):
    """A key of a metrics dict, params or the summary: a non-empty string of ≤ 200 characters."""
    if not isinstance(key, str) or not 1 <= len(key) <= MAX_NAME_LENGTH:
        raise ValueError(f"mlstudio: a key of {what} must be a string of 1 to {MAX_NAME_LENGTH} characters, not {key!r}")
    return key


def check_name(name, what, max_length=MAX_NAME_LENGTH):
    """A name the server keeps trimmed: 1 to max_length characters once trimmed."""
    if not isinstance(name, str) or not 1 <= len(name.strip()) <= max_length:
        raise ValueError(f"mlstudio: {what} must be a non-blank string of at most {max_length} characters, not {name!r}")
    return name.strip()


def check_step(step):
    """A step: a whole number from 0 to 2**53 - 1 (numpy integers too)."""
    try:
        step = operator.index(step)
    except TypeError:
        raise TypeError(f"mlstudio: step must be an integer, not {type(step).__name__}") from None
    if not 0 <= step <= MAX_STEP:
        raise ValueError(f"mlstudio: step must be between 0 and {MAX_STEP}, not {step}")
    return step
