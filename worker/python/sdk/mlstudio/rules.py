"""Rules the studio checks a run's metrics against as they arrive, like SageMaker Debugger's
built-in rules. A fired rule shows on the run's page and in the team's alert feed; with
stop=True it also stops the run (a job's process, a notebook's running cell).

    run = mlstudio.init(rules=[
        mlstudio.rules.nan("loss", stop=True),
        mlstudio.rules.not_improving("val_loss", patience=5),
        mlstudio.rules.below("grad_norm", 1e-7),
    ])
"""

import math

MAX_RULES = 20


def _rule(kind, metric, stop, **settings):
    if not isinstance(metric, str) or not metric:
        raise ValueError("mlstudio: a rule names the metric it checks, e.g. rules.nan(\"loss\")")
    return {"kind": kind, "metric": metric, "stop": bool(stop), **settings}


def _finite(name, value):
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"mlstudio: a rule's {name} is a finite number")
    return value


def nan(metric, stop=False):
    """Fires at a NaN or an infinity: the loss exploded."""
    return _rule("nan", metric, stop)


def not_improving(metric, patience, direction="minimize", min_delta=0.0, stop=False):
    """Fires when `metric` has not got better (by more than min_delta) for `patience` steps."""
    if not isinstance(patience, int) or patience < 1:
        raise ValueError("mlstudio: patience is a whole number of steps, at least 1")
    if direction not in ("minimize", "maximize"):
        raise ValueError('mlstudio: direction is "minimize" or "maximize"')
    if _finite("min_delta", min_delta) < 0:
        raise ValueError("mlstudio: min_delta is not negative")
    return _rule("not_improving", metric, stop, patience=patience, direction=direction, minDelta=float(min_delta))


def below(metric, threshold, stop=False):
    """Fires when `metric` falls below `threshold`, e.g. a vanishing gradient norm."""
    return _rule("below", metric, stop, threshold=_finite("threshold", threshold))


def above(metric, threshold, stop=False):
    """Fires when `metric` rises above `threshold`, e.g. an exploding gradient norm."""
    return _rule("above", metric, stop, threshold=_finite("threshold", threshold))


def check_rules(rules):
    """The rules init() was given, as a list the start event carries."""
    if rules is None:
        return []
    rules = list(rules)
    if len(rules) > MAX_RULES:
        raise ValueError(f"mlstudio: a run has at most {MAX_RULES} rules")
    for rule in rules:
        if not isinstance(rule, dict) or rule.get("kind") not in ("nan", "not_improving", "below", "above"):
            raise ValueError("mlstudio: make rules with mlstudio.rules.nan(), not_improving(), below() or above()")
    return rules
