import { toMetricNumber, type TMetricPoint } from "./metric-values";

/**
 * Thins a long series for drawing while keeping its shape: the first and last points, and
 * in each of `buckets` equal runs of the points between them, the point with the lowest and
 * the one with the highest finite value, in their original order. Non-finite points are all
 * kept, so the chart can still count them. A series short enough already is returned as is.
 */
export function downsampleMinMax<T extends TMetricPoint>(points: readonly T[], buckets: number): readonly T[] {
  if (points.length <= 2 * buckets + 2) return points;
  const inner = points.length - 2;
  const kept: T[] = [points[0]];
  for (let bucket = 0; bucket < buckets; bucket++) {
    const start = 1 + Math.floor((bucket * inner) / buckets);
    const end = 1 + Math.floor(((bucket + 1) * inner) / buckets);
    let minIndex = -1;
    let maxIndex = -1;
    for (let index = start; index < end; index++) {
      const value = toMetricNumber(points[index].value);
      if (!Number.isFinite(value)) continue;
      if (minIndex === -1 || value < toMetricNumber(points[minIndex].value)) minIndex = index;
      if (maxIndex === -1 || value > toMetricNumber(points[maxIndex].value)) maxIndex = index;
    }
    for (let index = start; index < end; index++) {
      if (index === minIndex || index === maxIndex || !Number.isFinite(toMetricNumber(points[index].value))) kept.push(points[index]);
    }
  }
  kept.push(points[points.length - 1]);
  return kept;
}
