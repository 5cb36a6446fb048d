"""A monitoring job's one step: drift of a file of current rows from a stored baseline.

    python -m mlstudio.monitoring.job --baseline baseline.json --current current.jsonl \
        --out result.json [--thresholds '{"psi": 0.1}']

--current is CSV (.csv) or JSON lines (.jsonl, .ndjson). Exit status 0 with the result written,
2 with a message on stderr for bad input. The studio's job system will call this.
"""

import argparse
import json
import sys

import pandas as pd

from .drift import compute_drift


def read_current(path, baseline):
    """The current rows as a frame; a CSV's categorical columns kept as text, as the baseline
    keeps them (else "007" would be read as the number 7 and "1" as 1.0 beside a blank)."""
    lower = path.lower()
    if lower.endswith((".jsonl", ".ndjson")):
        return pd.read_json(path, lines=True, dtype=False)
    if lower.endswith(".csv"):
        text = [name for name, feature in baseline["features"].items() if feature["kind"] == "categorical"]
        return pd.read_csv(path, dtype={name: str for name in text})
    raise ValueError(f"--current must be a .csv, .jsonl or .ndjson file, not {path!r}")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m mlstudio.monitoring.job", description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", required=True, help="a baseline JSON from compute_baseline")
    parser.add_argument("--current", required=True, help="the current rows: .csv, .jsonl or .ndjson")
    parser.add_argument("--out", required=True, help="where to write the drift result (JSON)")
    parser.add_argument("--thresholds", help='JSON overrides of DEFAULT_THRESHOLDS, e.g. {"psi": 0.1}')
    args = parser.parse_args(argv)
    try:
        with open(args.baseline, encoding="utf-8") as file:
            baseline = json.load(file)
        thresholds = json.loads(args.thresholds) if args.thresholds else None
        result = compute_drift(baseline, read_current(args.current, baseline), thresholds)
    except (OSError, ValueError) as error:  # json.JSONDecodeError is a ValueError
        print(f"mlstudio.monitoring.job: {error}", file=sys.stderr)
        return 2
    with open(args.out, "w", encoding="utf-8") as file:
        json.dump(result, file, allow_nan=False)
    summary = result["summary"]
    print(f"{summary['rows']} rows; drifted: {', '.join(summary['drifted_features']) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
