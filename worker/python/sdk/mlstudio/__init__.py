"""mlstudio: log training runs to ML Studio — params, metrics, confusion matrices,
histograms, files and models.

    import mlstudio

    with mlstudio.init(project="digits", name="mlp-1", params={"lr": 0.01}) as run:
        for epoch in range(20):
            run.log({"loss": loss, "acc": acc})
        run.log_confusion_matrix(y_test, model.predict(X_test))
        run.summary["best_acc"] = best_acc

In a studio notebook the events travel with the cell's output and `project` may be left out
(the notebook's project); anywhere else they are POSTed to MLSTUDIO_URL with
MLSTUDIO_API_TOKEN. In a studio training job (its worker sets MLSTUDIO_JOB_ID), `project` may
be left out too (the job's), and the job's params are the run's unless init() overrides them.
Logging never waits for the network.
"""

import json
import os

from . import rules
from .datasets import dataset
from .models import infer_signature
from .run import Run
from .transport import get_transport
from .wire import SDK_MIME_TYPE

__all__ = ["init", "dataset", "infer_signature", "rules", "Run", "SDK_MIME_TYPE"]


def init(project=None, name=None, params=None, tags=None, rules=None):
    """Starts a run and returns it.

    project: the project's name or slug (made if the team has none by that name); may be left
        out in a studio notebook, where it is the notebook's project; required elsewhere.
    name: the run's name, shown in the studio (default: the studio picks one).
    params: the run's hyperparameters and settings, any JSON-like dict (numpy values too); in a
        training job, added to the job's params (MLSTUDIO_PARAMS), replacing those it names.
    tags: a list of short strings to find and group runs by.
    rules: checks of its metrics the studio makes as they arrive (mlstudio.rules.nan("loss"),
        not_improving("val_loss", patience=5), below("grad_norm", 1e-7), with stop=True to stop
        the run when one fires).

    Finish it with run.finish(), or use it with `with`. A plain Python process finishes its
    open runs at exit; in a notebook a run stays open across cells until finished.
    """
    transport = get_transport()
    is_job = bool(os.environ.get("MLSTUDIO_JOB_ID"))
    if project is None and transport.kind != "kernel" and not is_job:
        raise ValueError('mlstudio: init() needs project="..." outside a studio notebook or job')
    if is_job:
        params = {**json.loads(os.environ.get("MLSTUDIO_PARAMS") or "{}"), **(params or {})}
    return Run(transport, project=project, name=name, params=params, tags=tags, rules=rules)
