"""A run: one training session whose params, metrics, charts and files the studio keeps."""

import atexit
import base64
import os
import threading
import time
import uuid

from .encode import check_key, check_name, check_step, encode_json_value, encode_metric_value, encode_record
from .models import infer_flavor, serialize_model
from .rules import check_rules
from .summary import Summary
from .tally import count_confusion, count_histogram
from .transport import finish_timeout_s
from .wire import MAX_ARTIFACT_BYTES, MAX_ARTIFACT_PATH_LENGTH, MAX_TAG_LENGTH, MAX_TAGS

_open_runs = []  # finished at exit if the process ends without run.finish()
_open_runs_lock = threading.Lock()


class Run:
    """A run, made by mlstudio.init(). Logging only queues events: it never waits for the
    network (see the transports for how and when they are sent).

    Use it as a context manager to finish it even when training fails:

        with mlstudio.init(project="digits", params={"lr": 0.01}) as run:
            for epoch in range(20):
                run.log({"loss": loss, "acc": acc})
    """

    def __init__(self, transport, project=None, name=None, params=None, tags=None, rules=None):
        self.id = uuid.uuid4().hex
        self.project = None if project is None else check_name(project, "project")
        self.name = None if name is None else check_name(name, "the run's name")
        self.summary = Summary(on_change=self._send_summary)
        self._transport = transport
        self._next_step = 0
        self._last_step = 0
        self._is_finished = False
        self._lock = threading.Lock()  # steps stay unique when threads log to one run
        params, tags = encode_record(params, "params"), _check_tags(tags)
        start = {"type": "start", "run": self.id, "params": params, "tags": tags, "time": time.time()}
        rules = check_rules(rules)
        if rules:
            start["rules"] = rules
        if self.project is not None:
            start["project"] = self.project
        if self.name is not None:
            start["name"] = self.name
        transport.send(start)
        if transport.kind == "http":  # a kernel's runs outlive cells; a plain process's end with it
            with _open_runs_lock:
                _open_runs.append(self)

    @property
    def transport(self):
        """How this run's events leave the process: "kernel" or "http"."""
        return self._transport.kind

    @property
    def step(self):
        """The step the next log() without an explicit step will use."""
        return self._next_step

    def log(self, values, step=None):
        """Logs metrics at a step: run.log({"loss": 0.31, "acc": 0.9}).

        Values are numbers (Python, numpy or one-element tensors); NaN and infinities are kept
        as such. Without `step` the run counts steps itself (0, 1, 2, ...); an explicit step is
        used as given and the count goes on from it.
        """
        if not isinstance(values, dict) or not values:
            raise ValueError("mlstudio: log() takes a non-empty dict of metric names and numbers")
        encoded = {check_key(key, "metrics"): encode_metric_value(key, value) for key, value in values.items()}
        with self._lock:
            step = self._next_step if step is None else check_step(step)
            self._next_step, self._last_step = step + 1, step
        self._send({"type": "metrics", "run": self.id, "step": step, "time": time.time(), "values": encoded})

    def log_confusion_matrix(self, y_true, y_pred, labels=None, step=None, name="confusion_matrix"):
        """Logs the confusion matrix of predictions: y_true and y_pred are class values (ints
        or strings; lists, numpy arrays, pandas Series or tensors).

        labels are the class values in the order to show them (default: every value seen,
        sorted); pairs with a value outside them are left out. Without `step` the matrix
        belongs to the step of the latest log().
        """
        labels, matrix = count_confusion(y_true, y_pred, labels)
        self._send({
            "type": "confusion", "run": self.id, "name": check_name(name, "a confusion matrix's name"),
            "step": self._step_for_chart(step), "time": time.time(), "labels": labels, "matrix": matrix,
        })

    def log_histogram(self, name, values, step=None, bins=64):
        """Logs the distribution of values (weights, gradients, predictions) as a histogram of
        `bins` bins (or the given bin edges), computed here with numpy.histogram. NaN and
        infinities are left out. Without `step` it belongs to the step of the latest log()."""
        edges, counts = count_histogram(values, bins)
        self._send({
            "type": "histogram", "run": self.id, "name": check_name(name, "a histogram's name"),
            "step": self._step_for_chart(step), "time": time.time(), "edges": edges, "counts": counts,
        })

    def log_artifact(self, path, name=None):
        """Stores a file with the run (a plot, a report, predictions). `name` is its path among
        the run's files, e.g. "plots/roc.png" (default: the file's own name). Files are sent
        whole and may be up to 11 MiB."""
        with open(path, "rb") as file:
            data = file.read(MAX_ARTIFACT_BYTES + 1)
        self._send_artifact(os.path.basename(path) if name is None else name, data)

    def log_model(self, model, flavor=None, signature=None, name="model"):
        """Stores a trained model with the run, to register and deploy from the studio.

        flavor is "sklearn", "pytorch" or "xgboost" (default: guessed from the model's type);
        see serialize_model for the file each one makes (NAME/model.pkl or NAME/model.pt).
        signature describes its inputs and outputs: mlstudio.infer_signature(X, y).
        """
        flavor = infer_flavor(model) if flavor is None else flavor
        if signature is not None and not _is_signature(signature):
            raise ValueError('mlstudio: a signature is {"inputs": [...], "outputs": [...]}, e.g. from mlstudio.infer_signature(X, y)')
        file_name, data = serialize_model(model, flavor)
        model_info = {"flavor": flavor, "signature": None if signature is None else encode_json_value(signature)}
        self._send_artifact(f"{name.strip('/')}/{file_name}", data, model=model_info)

    def finish(self, status="finished"):
        """Ends the run ("finished" or "failed") and waits until its events are delivered (over
        HTTP up to MLSTUDIO_FINISH_TIMEOUT seconds, 30 by default). Calling it again does nothing."""
        if self._close(status):
            self._transport.deliver_all(finish_timeout_s())

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.finish("failed" if exc_type is not None else "finished")
        return False  # the exception, if any, goes on

    def __repr__(self):
        return f"<mlstudio.Run {self.id} project={self.project!r} name={self.name!r}>"

    def _close(self, status):
        """Queues the finish event; False when the run was already finished."""
        if status not in ("finished", "failed"):
            raise ValueError(f'mlstudio: a run finishes as "finished" or "failed", not {status!r}')
        with self._lock:
            if self._is_finished:
                return False
            self._is_finished = True
        with _open_runs_lock:
            if self in _open_runs:
                _open_runs.remove(self)
        self._transport.send({"type": "finish", "run": self.id, "status": status, "time": time.time()})
        return True

    def _send(self, event, replaces=None):
        if self._is_finished:
            raise RuntimeError(f"mlstudio: run {self.id} is finished; start another with mlstudio.init()")
        self._transport.send(event, replaces=replaces)

    def _send_summary(self, values):
        self._send({"type": "summary", "run": self.id, "values": values}, replaces=("summary", self.id))

    def _send_artifact(self, path, data, model=None):
        path = path.replace("\\", "/")
        if not 1 <= len(path) <= MAX_ARTIFACT_PATH_LENGTH or path.startswith("/") or ".." in path.split("/"):
            raise ValueError(
                f"mlstudio: an artifact's name is a relative path without '..', of at most {MAX_ARTIFACT_PATH_LENGTH} characters, not {path!r}"
            )
        if len(data) > MAX_ARTIFACT_BYTES:
            raise ValueError(f"mlstudio: {path} is larger than the {MAX_ARTIFACT_BYTES // 2**20} MiB an artifact may have")
        event = {"type": "artifact", "run": self.id, "path": path, "data": base64.b64encode(data).decode("ascii"), "time": time.time()}
        if model is not None:
            event["model"] = model
        self._send(event)

    def _step_for_chart(self, step):
        if step is not None:
            return check_step(step)
        with self._lock:
            return self._last_step


def _is_signature(signature):
    return isinstance(signature, dict) and all(isinstance(signature.get(key), list) for key in ("inputs", "outputs"))


def _check_tags(tags):
    if tags is None:
        return []
    if isinstance(tags, str) or len(tags) > MAX_TAGS:
        raise ValueError(f"mlstudio: tags is a list of at most {MAX_TAGS} strings")
    return [check_name(tag, "a tag", MAX_TAG_LENGTH) for tag in tags]


@atexit.register
def _finish_open_runs():
    """A plain process that ends without run.finish() still finishes its runs, and waits for
    their events to be delivered."""
    with _open_runs_lock:
        runs = list(_open_runs)
    closed = [run for run in runs if run._close("finished")]
    if closed:
        closed[0]._transport.deliver_all(finish_timeout_s())
