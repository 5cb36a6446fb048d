import { smoothEma } from "./smooth-ema";
import { toMetricNumber, type TMetricPoint, type TMetricSeries } from "./metric-values";

/** A series' own point at a row's x, as the tooltip shows it. */
export type TRowPoint = { step: number; time: number; value: number; smoothed: number | null; min?: number; max?: number };

/**
 * One x position of a chart. The arrays hold one entry per series, in series order; null
 * leaves a gap. Series that have no point at this x get values interpolated between their
 * neighbours, so their lines run on unbroken, but no `points` entry.
 */
export type TMetricRow = {
  x: number;
  raw: (number | null)[];
  smoothed: (number | null)[];
  band: ([number, number] | null)[];
  points: (TRowPoint | null)[];
};

type TBuildOptions = { series: readonly TMetricSeries[]; x: "step" | "time"; smoothing: number; isLogScale: boolean };

/** The rows a chart draws: the x positions of every series merged, in increasing order. */
export function buildMetricRows({ series, x, smoothing, isLogScale }: TBuildOptions): TMetricRow[] {
  const drawable = (value: number | null | undefined) =>
    value != null && Number.isFinite(value) && (!isLogScale || value > 0) ? value : null;
  const byX = new Map<number, TMetricRow>();
  const rowAt = (position: number) => {
    let row = byX.get(position);
    if (!row) {
      const empty = () => series.map(() => null);
      row = { x: position, raw: empty(), smoothed: empty(), band: empty(), points: empty() };
      byX.set(position, row);
    }
    return row;
  };
  series.forEach(({ points }, index) => {
    const values = points.map((point) => toMetricNumber(point.value));
    const smoothed = smoothing > 0 ? smoothEma(values, smoothing) : null;
    points.forEach((point, at) => {
      const row = rowAt(xOf(point, x));
      const smooth = smoothed ? smoothed[at] : null;
      row.raw[index] = drawable(values[at]);
      row.smoothed[index] = drawable(smooth);
      const low = drawable(point.min);
      const high = drawable(point.max);
      row.band[index] = low !== null && high !== null ? [low, high] : null;
      row.points[index] = { step: point.step, time: point.time, value: values[at], smoothed: smooth, min: point.min, max: point.max };
    });
  });
  const rows = [...byX.values()].sort((a, b) => a.x - b.x);
  if (series.length > 1) series.forEach((_, index) => fillBetweenOwnPoints(rows, index, isLogScale));
  return rows;
}

function xOf(point: TMetricPoint, x: "step" | "time") {
  return x === "step" ? point.step : point.time;
}

function fillBetweenOwnPoints(rows: TMetricRow[], index: number, isLogScale: boolean) {
  // On a log axis a straight segment is straight in log space, so interpolate there.
  const between = (a: number | null, b: number | null, t: number) => {
    if (a === null || b === null) return null;
    return isLogScale ? Math.exp(Math.log(a) + (Math.log(b) - Math.log(a)) * t) : a + (b - a) * t;
  };
  let previous = -1;
  rows.forEach((row, at) => {
    if (!row.points[index]) return;
    if (previous !== -1) {
      const from = rows[previous];
      for (let gap = previous + 1; gap < at; gap++) {
        const t = (rows[gap].x - from.x) / (row.x - from.x);
        rows[gap].raw[index] = between(from.raw[index], row.raw[index], t);
        rows[gap].smoothed[index] = between(from.smoothed[index], row.smoothed[index], t);
        const low = between(from.band[index]?.[0] ?? null, row.band[index]?.[0] ?? null, t);
        const high = between(from.band[index]?.[1] ?? null, row.band[index]?.[1] ?? null, t);
        rows[gap].band[index] = low !== null && high !== null ? [low, high] : null;
      }
    }
    previous = at;
  });
}

/** The lowest and highest value the rows draw (lines and bands), or null when they draw nothing. */
export function drawnExtent(rows: readonly TMetricRow[]): [number, number] | null {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    for (const value of [...row.raw, ...row.smoothed, ...row.band.flat()]) {
      if (value === null) continue;
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
  }
  return low <= high ? [low, high] : null;
}
