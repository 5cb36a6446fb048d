"""A monitoring job as the studio runs it on a worker: `python -m mlstudio.monitoring.studio_job`.

Its params (MLSTUDIO_PARAMS, set by the studio) say what to do:
- {"mode": "baseline", "monitorId", "datasetId", "versionNumber", "features"}: reads the
  training dataset version's rows, computes the baseline (statistics and binned distributions,
  not the data) and posts it;
- {"mode": "window", "monitorId", "start", "end"}: reads the baseline and the endpoint's
  captured inputs of that window, computes their drift and posts it. The model's predictions
  are compared too: against the first window's, which becomes their reference.
It talks to the studio with the job's own token (MLSTUDIO_URL, MLSTUDIO_API_TOKEN); whatever goes
wrong is posted as the monitor's failure before the job exits non-zero.
"""

import io
import json
import os
import sys
import traceback
import urllib.parse
import urllib.request

import pandas as pd

from ..datasets import REQUEST_TIMEOUT_S, _get, _open, _studio
from .baseline import compute_baseline, prediction_baseline
from .drift import compute_drift

PREDICTION = "prediction"


def _post(path, body):
    url, token = _studio()
    data = json.dumps(body, allow_nan=False).encode("utf-8")
    request = urllib.request.Request(url + path, data=data, method="POST", headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_S) as response:
        return json.loads(response.read().decode("utf-8"))


def run_baseline(params):
    with _open(f"/api/v1/datasets/{params['datasetId']}/versions/{params['versionNumber']}/rows.jsonl") as response:
        frame = pd.read_json(io.BytesIO(response.read()), lines=True, dtype=False)
    features = [name for name in params.get("features") or [] if name in frame.columns] or None
    baseline = compute_baseline(frame, features=features)
    print(f"baseline of {len(frame)} rows, {len(baseline['features'])} features", flush=True)
    _post(f"/api/v1/monitors/{params['monitorId']}/baseline", {"baseline": baseline})


def run_window(params):
    query = urllib.parse.urlencode({"start": params["start"], "end": params["end"]})
    window = _get(f"/api/v1/monitors/{params['monitorId']}/window?{query}")
    columns = window["columns"]
    # Columns of unequal length (a request that lacked one) would not make a frame.
    rows = max((len(values) for values in columns.values()), default=0)
    frame = pd.DataFrame({name: pd.Series(values) for name, values in columns.items()}).reindex(range(rows))
    baseline = window["baseline"]
    body = {"windowStart": params["start"], "windowEnd": params["end"]}
    if PREDICTION not in baseline["features"] and PREDICTION in frame.columns and rows > 0:
        reference = prediction_baseline(frame[PREDICTION], name=PREDICTION)
        body["predictionBaseline"] = reference["features"][PREDICTION]
        baseline = {**baseline, "features": {**baseline["features"], PREDICTION: body["predictionBaseline"]}}
    thresholds = {key: value for key, value in (window.get("thresholds") or {}).items()}
    body["result"] = compute_drift(baseline, frame, thresholds=thresholds or None)
    drifted = body["result"]["summary"]["drifted_features"]
    print(f"{window['requests']} requests, {rows} rows; drifted: {', '.join(drifted) or 'none'}", flush=True)
    _post(f"/api/v1/monitors/{params['monitorId']}/results", body)


def main():
    params = json.loads(os.environ.get("MLSTUDIO_PARAMS", "{}"))
    try:
        (run_baseline if params.get("mode") == "baseline" else run_window)(params)
    except Exception as error:  # told to the studio, then the job fails with the traceback in its log
        traceback.print_exc()
        reason = f"{type(error).__name__}: {error}".splitlines()[0][:2000]
        try:
            _post(f"/api/v1/monitors/{params.get('monitorId')}/failure", {"reason": reason})
        finally:
            sys.exit(1)


if __name__ == "__main__":
    main()
