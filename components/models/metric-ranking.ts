// Which version's value of a metric is best, for the comparison's highlight. Runs log metrics
// by name only, with no direction, so the name decides: losses, errors and times are better
// low, everything else (accuracy, F1, AUC, R²) high.
const LOWER_IS_BETTER = new Set(["err", "mse", "rmse", "mae", "mape", "smape", "nll", "perplexity", "latency", "duration", "time", "seconds", "ms", "brier", "fpr", "fnr", "wer", "cer"]);

/** By the words of the name ("val_loss", "meanAbsoluteError" and "train-time" are better low). */
export function isLowerBetter(metric: string) {
  const words = metric.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/);
  return words.some((word) => LOWER_IS_BETTER.has(word) || /(loss|error|errors)$/.test(word));
}

/** The positions holding the best value (all of them on a tie); none when fewer than two
 * values are numbers or every number is the same, since then nothing stands out. */
export function bestPositions(metric: string, values: readonly unknown[]): Set<number> {
  const numbers = values.map((value) => (typeof value === "number" && Number.isFinite(value) ? value : null));
  const present = numbers.filter((value): value is number => value !== null);
  if (present.length < 2 || present.every((value) => value === present[0])) return new Set();
  const best = isLowerBetter(metric) ? Math.min(...present) : Math.max(...present);
  return new Set(numbers.flatMap((value, index) => (value === best ? [index] : [])));
}
