import { describe, expect, it } from "vitest";
import { downsampleMinMax } from "./downsample-min-max";
import type { TMetricPoint } from "./metric-values";

const series = (values: TMetricPoint["value"][]): TMetricPoint[] => values.map((value, step) => ({ step, time: 1000 + step, value }));
const steps = (points: readonly TMetricPoint[]) => points.map((point) => point.step);

describe("downsampleMinMax", () => {
  it("returns a short series as it is", () => {
    const points = series([1, 2, 3, 4, 5, 6]);
    expect(downsampleMinMax(points, 2)).toBe(points);
  });

  it("keeps the ends and each bucket's lowest and highest point in step order", () => {
    // Inner points (steps 1..8) fall into two buckets: steps 1-4 and 5-8.
    const points = series([0, 5, 9, 1, 4, 7, 3, 8, 2, 6]);
    expect(steps(downsampleMinMax(points, 2))).toEqual([0, 2, 3, 7, 8, 9]);
  });

  it("keeps a bucket's single extreme once when its values are all equal", () => {
    const points = series([0, 4, 4, 4, 4, 4, 4, 1]);
    expect(steps(downsampleMinMax(points, 2))).toEqual([0, 1, 4, 7]);
  });

  it("keeps every non-finite point so it can be counted", () => {
    const points = series([0, 5, "NaN", 9, 1, "Infinity", "NaN", 3, 2, 6]);
    expect(steps(downsampleMinMax(points, 2))).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("keeps the extremes of a million points", () => {
    const count = 1_000_000;
    const points: TMetricPoint[] = new Array(count);
    for (let step = 0; step < count; step++) points[step] = { step, time: step, value: Math.sin(step / 1000) + (step % 7) / 100 };
    points[123_457] = { step: 123_457, time: 123_457, value: -50 };
    points[777_777] = { step: 777_777, time: 777_777, value: 80 };
    points[500_000] = { step: 500_000, time: 500_000, value: "NaN" };
    points[999_998] = { step: 999_998, time: 999_998, value: -7 };

    const kept = downsampleMinMax(points, 500);

    expect(kept.length).toBe(1003);
    expect(kept[0].step).toBe(0);
    expect(kept.at(-1)?.step).toBe(count - 1);
    const keptSteps = new Set(steps(kept));
    for (const step of [123_457, 777_777, 500_000, 999_998]) expect(keptSteps.has(step)).toBe(true);
    expect(steps(kept)).toEqual([...keptSteps].sort((a, b) => a - b));
    // Every bucket's own extremes survive, not only the global ones.
    const inner = count - 2;
    for (const bucket of [0, 137, 499]) {
      const start = 1 + Math.floor((bucket * inner) / 500);
      const end = 1 + Math.floor(((bucket + 1) * inner) / 500);
      const values = points.slice(start, end).map((point) => Number(point.value)).filter(Number.isFinite);
      const keptValues = kept.filter((point) => point.step >= start && point.step < end).map((point) => Number(point.value));
      expect(Math.min(...keptValues)).toBe(Math.min(...values));
      expect(Math.max(...keptValues)).toBe(Math.max(...values));
    }
  });
});
