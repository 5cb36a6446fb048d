"""One AutoML trial: cross-validates one model family at one complexity on a CSV, logging to
ML Studio as it goes, then stores the model refit on every row.

    python automl_trial.py --data data.csv --target COLUMN --task classification|regression \
        --model linear|random_forest|gradient_boosting --complexity 0.5 [--folds 5] [--seed 0]

Runs as a training job's script: its worker puts the mlstudio SDK on PYTHONPATH and sets
MLSTUDIO_URL, MLSTUDIO_JOB_ID and MLSTUDIO_PARAMS. After each fold k it logs, at step k, the
running mean `cv_score` (accuracy or R²) so that a study can stop a poor trial early by fold.
Bad input (no such target, one class, fewer rows than folds) exits 2 before any run starts.
"""

import argparse
import sys
import time

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import (
    HistGradientBoostingClassifier,
    HistGradientBoostingRegressor,
    RandomForestClassifier,
    RandomForestRegressor,
)
from sklearn.impute import SimpleImputer
from sklearn.inspection import permutation_importance
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import accuracy_score, f1_score, mean_absolute_error, mean_squared_error, r2_score, roc_auc_score
from sklearn.model_selection import KFold, StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

import mlstudio

MODELS = ("linear", "random_forest", "gradient_boosting")
TOP_FEATURES = 15
# One-hot columns are dense (HistGradientBoosting takes no sparse input); an ID-like text
# column must not turn into thousands of them, so rarer categories share one.
MAX_CATEGORIES = 50


def main():
    args = parse_args()
    X, y = load_data(args)
    with mlstudio.init(name=f"{args.model} c={args.complexity:.2f}", params=vars(args)) as run:
        run_trial(run, args, X, y)


def parse_args():
    parser = argparse.ArgumentParser(description="One AutoML trial: K-fold cross-validation of one model, logged to ML Studio.")
    parser.add_argument("--data", required=True, help="the CSV file")
    parser.add_argument("--target", required=True, help="the column to predict")
    parser.add_argument("--task", required=True, choices=("classification", "regression"))
    parser.add_argument("--model", required=True, choices=MODELS)
    parser.add_argument("--complexity", required=True, type=float, help="0 (simplest) to 1 (most flexible)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if not 0 <= args.complexity <= 1:
        parser.error(f"--complexity is between 0 and 1, not {args.complexity}")
    if args.folds < 2:
        parser.error(f"--folds is at least 2, not {args.folds}")
    return args


def fail(message):
    print(f"automl_trial: {message}", file=sys.stderr, flush=True)
    sys.exit(2)


def load_data(args):
    """(X, y): the CSV's rows with a target, the target apart, or exit 2 saying what is wrong."""
    data = pd.read_csv(args.data)
    if args.target not in data.columns:
        columns = [str(column) for column in data.columns]
        more = f", ... ({len(columns)} in all)" if len(columns) > 20 else ""
        fail(f"target column {args.target!r} is not in {args.data}; its columns are {', '.join(columns[:20])}{more}")
    data = data.dropna(subset=[args.target]).reset_index(drop=True)
    X, y = data.drop(columns=[args.target]), data[args.target]
    if X.shape[1] == 0:
        fail(f"{args.data} has no column besides the target {args.target!r}")
    if len(data) < args.folds:
        fail(f"{len(data)} rows with a target {args.target!r} are fewer than the {args.folds} folds")
    if args.task == "classification" and y.nunique() < 2:
        fail(f"target {args.target!r} has a single class ({y.iloc[0]!r}); classification needs at least 2")
    if args.task == "regression" and not pd.api.types.is_numeric_dtype(y):
        fail(f"target {args.target!r} is not numeric ({y.dtype}); regression needs numbers")
    return X, y


def build_pipeline(X, task, model, complexity, seed):
    """Imputation and encoding of X's columns, then the model at that complexity."""
    numeric = list(X.select_dtypes(include="number").columns)
    categorical = [column for column in X.columns if column not in numeric]
    numeric_steps = [("impute", SimpleImputer(strategy="median"))]
    if model == "linear":  # the trees do not care about scale; a penalised linear model does
        numeric_steps.append(("scale", StandardScaler()))
    categorical_steps = [
        ("impute", SimpleImputer(strategy="most_frequent")),
        ("encode", OneHotEncoder(handle_unknown="ignore", sparse_output=False, max_categories=MAX_CATEGORIES)),
    ]
    parts = [("numeric", Pipeline(numeric_steps), numeric), ("categorical", Pipeline(categorical_steps), categorical)]
    preprocess = ColumnTransformer([part for part in parts if part[2]])
    return Pipeline([("preprocess", preprocess), ("model", make_estimator(task, model, complexity, seed))])


def make_estimator(task, model, complexity, seed):
    """The model at complexity c in [0, 1], from most regularised (0) to most flexible (1):

    - linear: LogisticRegression C = 10^(-3+6c) (0.001..1000) / Ridge alpha = 10^(3-6c) (1000..0.001).
    - random_forest: n_estimators 50 + 250c (50..300), max_depth 2 + 18c (2..20, none from
      c >= 0.95), min_samples_leaf 10 - 9c (10..1).
    - gradient_boosting (HistGradientBoosting): learning_rate 10^(-2+1.5c) (0.01..0.32),
      max_iter 100 + 200c (100..300), max_depth 2 + 8c (2..10), max_leaf_nodes 4 + 60c
      (4..64), min_samples_leaf 40 - 30c (40..10).
    Each one fits 569 rows × 30 columns well under a second on one core.
    """
    c = complexity
    is_classification = task == "classification"
    if model == "linear":
        if is_classification:
            return LogisticRegression(C=10 ** (-3 + 6 * c), max_iter=2000)
        return Ridge(alpha=10 ** (3 - 6 * c))
    if model == "random_forest":
        forest = RandomForestClassifier if is_classification else RandomForestRegressor
        return forest(
            n_estimators=round(50 + 250 * c),
            max_depth=None if c >= 0.95 else round(2 + 18 * c),
            min_samples_leaf=round(10 - 9 * c),
            random_state=seed,
        )
    boosting = HistGradientBoostingClassifier if is_classification else HistGradientBoostingRegressor
    return boosting(
        learning_rate=10 ** (-2 + 1.5 * c),
        max_iter=round(100 + 200 * c),
        max_depth=round(2 + 8 * c),
        max_leaf_nodes=round(4 + 60 * c),
        min_samples_leaf=round(40 - 30 * c),
        early_stopping=False,  # every fold fits the same number of trees: folds stay comparable
        random_state=seed,
    )


def fold_metrics(task, pipeline, X_valid, y_valid, predicted):
    """(score, the fold's own figures): accuracy or R², and the rest of what a fold shows."""
    if task == "regression":
        r2 = r2_score(y_valid, predicted)
        return r2, {
            "fold_rmse": float(np.sqrt(mean_squared_error(y_valid, predicted))),  # squared=False is gone in newer sklearn
            "fold_mae": mean_absolute_error(y_valid, predicted),
            "fold_r2": r2,
        }
    accuracy = accuracy_score(y_valid, predicted)
    figures = {"fold_accuracy": accuracy, "fold_f1_macro": f1_score(y_valid, predicted, average="macro")}
    classes = pipeline.classes_
    if len(classes) == 2 and y_valid.nunique() == 2:  # AUC needs both classes in the fold
        figures["fold_roc_auc"] = roc_auc_score(y_valid == classes[1], pipeline.predict_proba(X_valid)[:, 1])
    return accuracy, figures


def top_importances(pipeline, X_valid, y_valid, task, seed):
    """The columns that matter most, by permutation importance on held-out rows. The pipeline's
    input is permuted, so a one-hot encoded column counts once, as the column it came from."""
    scoring = "accuracy" if task == "classification" else "r2"
    result = permutation_importance(pipeline, X_valid, y_valid, scoring=scoring, n_repeats=3, random_state=seed)
    ranked = sorted(zip(X_valid.columns, result.importances_mean), key=lambda item: -item[1])
    return {str(column): round(float(value), 6) for column, value in ranked[:TOP_FEATURES]}


def run_trial(run, args, X, y):
    is_classification = args.task == "classification"
    splitter = (StratifiedKFold if is_classification else KFold)(n_splits=args.folds, shuffle=True, random_state=args.seed)
    out_of_fold = np.empty(len(y), dtype=y.dtype if is_classification else float)
    scores = []
    last = args.folds - 1
    for fold, (train, valid) in enumerate(splitter.split(X, y)):
        started = time.monotonic()
        pipeline = build_pipeline(X, args.task, args.model, args.complexity, args.seed)
        pipeline.fit(X.iloc[train], y.iloc[train])
        X_valid, y_valid = X.iloc[valid], y.iloc[valid]
        predicted = pipeline.predict(X_valid)
        out_of_fold[valid] = predicted
        score, figures = fold_metrics(args.task, pipeline, X_valid, y_valid, predicted)
        scores.append(score)
        run.log({"cv_score": float(np.mean(scores)), **figures}, step=fold)
        print(f"fold {fold + 1}/{args.folds}: score {score:.4f}, cv_score {np.mean(scores):.4f} ({time.monotonic() - started:.1f} s)", flush=True)

    if is_classification:
        run.log_confusion_matrix(y.to_numpy(), out_of_fold, labels=np.unique(y.to_numpy()), step=last)
    else:
        run.log_histogram("residuals", y.to_numpy(dtype=float) - out_of_fold, step=last)
    # The last fold's pipeline never saw its validation rows: a fair place to permute them.
    # Worked out first, so that the summary is set at once and travels as one event.
    importances = top_importances(pipeline, X_valid, y_valid, args.task, args.seed)
    run.summary.update({
        "cv_score": float(np.mean(scores)),
        "cv_score_std": float(np.std(scores)),
        "task": args.task,
        "model": args.model,
        "metric": "accuracy" if is_classification else "r2",
        "rows": len(X),
        "features": X.shape[1],
        "feature_importance": importances,
    })

    final = build_pipeline(X, args.task, args.model, args.complexity, args.seed).fit(X, y)
    sample = X.head(50)
    run.log_model(final, flavor="sklearn", signature=mlstudio.infer_signature(sample, final.predict(sample)))
    print(f"cv_score {np.mean(scores):.4f} ± {np.std(scores):.4f} over {args.folds} folds; model stored", flush=True)


if __name__ == "__main__":
    main()
