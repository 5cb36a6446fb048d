"""Turning a trained model into one file (log_model), and describing its inputs and outputs
(infer_signature)."""

import io
import pickle

from .encode import to_numpy
from .wire import MODEL_FLAVORS


def infer_flavor(model):
    """The flavor of a model: "pytorch" for a torch.nn.Module, "xgboost" for anything from
    xgboost, else "sklearn" (any picklable estimator)."""
    module = type(model).__module__.split(".")[0]
    if module == "xgboost":
        return "xgboost"
    if module == "torch" or any(base.__module__.startswith("torch.nn") for base in type(model).__mro__):
        return "pytorch"
    return "sklearn"


def serialize_model(model, flavor):
    """(file name, bytes) of the model, in the format its flavor is loaded from.

    - sklearn, xgboost: "model.pkl", written with joblib when it is installed, else pickle;
      `joblib.load` reads both (and `pickle.load` the latter).
    - pytorch: "model.pt". TorchScript (torch.jit.script) when the model scripts, so that it
      loads without its Python class (`torch.jit.load`); otherwise the whole module with
      torch.save, which `torch.load` reads where the model's class can be imported.
    """
    if flavor not in MODEL_FLAVORS:
        raise ValueError(f"mlstudio: flavor must be one of {', '.join(MODEL_FLAVORS)}, not {flavor!r}")
    buffer = io.BytesIO()
    if flavor == "pytorch":
        _save_torch(model, buffer)
        return "model.pt", buffer.getvalue()
    try:
        import joblib
    except ImportError:
        pickle.dump(model, buffer, protocol=pickle.HIGHEST_PROTOCOL)
    else:
        joblib.dump(model, buffer)
    return "model.pkl", buffer.getvalue()


def _save_torch(model, buffer):
    import torch

    try:
        scripted = torch.jit.script(model)
    except Exception:  # scripting fails on much ordinary Python code: expected, not an error
        torch.save(model, buffer)
    else:
        torch.jit.save(scripted, buffer)


def infer_signature(model_input, model_output=None):
    """A model signature from example data: {"inputs": [...], "outputs": [...]}.

    Each entry is {"name", "type", "shape"}: a pandas DataFrame gives one entry per column
    (shape [-1]), a Series or array one entry named after it ("input"/"output" by default)
    whose shape has -1 for the batch dimension. Arrays may be numpy, lists or torch tensors.

        signature = mlstudio.infer_signature(X_train, model.predict(X_train))
        run.log_model(model, flavor="sklearn", signature=signature)
    """
    return {
        "inputs": _describe(model_input, "input"),
        "outputs": [] if model_output is None else _describe(model_output, "output"),
    }


def _describe(data, default_name):
    if hasattr(data, "columns") and hasattr(data, "dtypes"):  # a pandas DataFrame
        return [{"name": str(column), "type": str(dtype), "shape": [-1]} for column, dtype in data.dtypes.items()]
    name = getattr(data, "name", None)  # a pandas Series is named after its column
    array = to_numpy(data)
    return [{
        "name": str(name) if name is not None else default_name,
        "type": str(array.dtype),
        "shape": [-1, *array.shape[1:]] if array.ndim else [],
    }]
