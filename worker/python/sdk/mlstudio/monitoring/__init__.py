"""mlstudio.monitoring: drift of live data from the training data, for the studio's monitoring
jobs (and any notebook). Needs pandas and SciPy besides numpy; `import mlstudio` does not
import it, so the logging SDK stays numpy-only.

    from mlstudio.monitoring import compute_baseline, compute_drift

    baseline = compute_baseline(train_frame)          # once, kept as JSON with the model
    report = compute_drift(baseline, current_frame)   # per window of traffic
    report["summary"]["drifted_features"]

From a shell: python -m mlstudio.monitoring.job --baseline b.json --current c.csv --out r.json
"""

from .baseline import OTHER, compute_baseline, prediction_baseline
from .drift import (
    DEFAULT_THRESHOLDS,
    chi_squared,
    compute_drift,
    jensen_shannon,
    ks_statistic,
    ks_test,
    prediction_drift,
    psi,
    wasserstein,
)

__all__ = [
    "DEFAULT_THRESHOLDS",
    "OTHER",
    "chi_squared",
    "compute_baseline",
    "compute_drift",
    "jensen_shannon",
    "ks_statistic",
    "ks_test",
    "prediction_baseline",
    "prediction_drift",
    "psi",
    "wasserstein",
]
