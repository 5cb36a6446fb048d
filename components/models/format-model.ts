// How models and their versions read in tables and headings: "churn v3", "accuracy 0.95".
import { formatFact } from "@/components/runs/run-facts";

/** A version by its model's name, as the console's charts and the request log label it. */
export function versionName(modelName: string, number: number) {
  return `${modelName} v${number}`;
}

/** The numeric metrics of a version, by name. */
export function numericMetrics(metrics: Record<string, unknown>): Array<[string, number]> {
  return Object.entries(metrics)
    .filter((entry): entry is [string, number] => typeof entry[1] === "number" && Number.isFinite(entry[1]))
    .sort(([a], [b]) => a.localeCompare(b));
}

/** A few metrics for a table cell ("accuracy 0.95", "loss 0.12"), and how many more there are. */
export function keyMetrics(metrics: Record<string, unknown>, count = 3) {
  const all = numericMetrics(metrics);
  return { shown: all.slice(0, count).map(([key, value]) => `${key} ${formatFact(value)}`), more: Math.max(0, all.length - count) };
}

/** A signature entry's shape as NumPy prints it, -1 (any size) as "-1": "(-1, 4)". */
export function formatShape(shape: number[]) {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}
