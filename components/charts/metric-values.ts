/** A metric value as stored: finite numbers, or the non-finite ones spelled out (JSON has no NaN). */
export type TMetricValue = number | "NaN" | "Infinity" | "-Infinity";

export type TMetricPoint = {
  step: number;
  /** Epoch seconds. */
  time: number;
  value: TMetricValue;
  /** When the server downsampled: the extremes of the bucket this point stands for. */
  min?: number;
  max?: number;
};

/** One line on a chart (one run's values of one metric), points in step order. */
export type TMetricSeries = { id: string; name: string; points: TMetricPoint[] };

export type TNonFiniteKind = "NaN" | "Infinity" | "-Infinity";

export type TNonFiniteCount = { kind: TNonFiniteKind; count: number; lastStep: number };

const KINDS: TNonFiniteKind[] = ["NaN", "Infinity", "-Infinity"];

export function toMetricNumber(value: TMetricValue): number {
  return typeof value === "number" ? value : Number(value);
}

/** The non-finite kind of a value, or null when the value is finite. */
export function classifyMetricValue(value: TMetricValue): TNonFiniteKind | null {
  const number = toMetricNumber(value);
  if (Number.isFinite(number)) return null;
  if (Number.isNaN(number)) return "NaN";
  return number > 0 ? "Infinity" : "-Infinity";
}

/** How many values of each non-finite kind the points hold, in the order NaN, Infinity, -Infinity; absent kinds left out. */
export function countNonFinite(points: readonly TMetricPoint[]): TNonFiniteCount[] {
  const found = new Map<TNonFiniteKind, TNonFiniteCount>();
  for (const point of points) {
    const kind = classifyMetricValue(point.value);
    if (!kind) continue;
    const entry = found.get(kind);
    if (entry) {
      entry.count += 1;
      entry.lastStep = Math.max(entry.lastStep, point.step);
    } else found.set(kind, { kind, count: 1, lastStep: point.step });
  }
  return KINDS.flatMap((kind) => found.get(kind) ?? []);
}

/** "2 NaN values, last at step 40; 1 Infinity value at step 12", or "" when every value is finite. */
export function describeNonFinite(counts: readonly TNonFiniteCount[]): string {
  return counts
    .map(({ kind, count, lastStep }) =>
      count === 1 ? `1 ${kind} value at step ${lastStep}` : `${count} ${kind} values, last at step ${lastStep}`,
    )
    .join("; ");
}

/** Finite values at or below zero: a log scale cannot place them. */
export function countNonPositive(points: readonly TMetricPoint[]): number {
  let count = 0;
  for (const point of points) {
    const number = toMetricNumber(point.value);
    if (Number.isFinite(number) && number <= 0) count += 1;
  }
  return count;
}

export function describeNonPositive(count: number): string {
  if (count === 0) return "";
  return count === 1 ? "1 value ≤ 0 is not drawn on the log scale" : `${count} values ≤ 0 are not drawn on the log scale`;
}
