import { describe, expect, it } from "vitest";
import { buildMetricRows, drawnExtent } from "./metric-rows";
import type { TMetricSeries } from "./metric-values";

const run = (id: string, points: Array<[number, TMetricSeries["points"][number]["value"]]>): TMetricSeries => ({
  id,
  name: id,
  points: points.map(([step, value]) => ({ step, time: 100 + step * 10, value })),
});

describe("buildMetricRows", () => {
  it("leaves a gap at non-finite values and keeps them for the tooltip", () => {
    const rows = buildMetricRows({ series: [run("a", [[0, 1], [1, "NaN"], [2, 3]])], x: "step", smoothing: 0, isLogScale: false });
    expect(rows.map((row) => row.raw[0])).toEqual([1, null, 3]);
    expect(rows[1].points[0]?.value).toBeNaN();
    expect(rows.map((row) => row.smoothed[0])).toEqual([null, null, null]);
  });

  it("places points by time when asked", () => {
    const rows = buildMetricRows({ series: [run("a", [[0, 1], [5, 2]])], x: "time", smoothing: 0, isLogScale: false });
    expect(rows.map((row) => row.x)).toEqual([100, 150]);
  });

  it("adds the smoothed line beside the raw one", () => {
    const rows = buildMetricRows({ series: [run("a", [[0, 1], [1, 2], [2, 3]])], x: "step", smoothing: 0.5, isLogScale: false });
    expect(rows.map((row) => row.raw[0])).toEqual([1, 2, 3]);
    expect(rows[1].smoothed[0]).toBeCloseTo(5 / 3, 12);
    expect(rows[1].points[0]?.smoothed).toBeCloseTo(5 / 3, 12);
  });

  it("drops values at or below zero on a log scale", () => {
    const rows = buildMetricRows({ series: [run("a", [[0, 0], [1, -2], [2, 4]])], x: "step", smoothing: 0, isLogScale: true });
    expect(rows.map((row) => row.raw[0])).toEqual([null, null, 4]);
  });

  it("draws the band from a downsampled point's extremes", () => {
    const series: TMetricSeries = { id: "a", name: "a", points: [{ step: 0, time: 0, value: 2, min: 1, max: 5 }, { step: 1, time: 1, value: 3 }] };
    const rows = buildMetricRows({ series: [series], x: "step", smoothing: 0, isLogScale: false });
    expect(rows.map((row) => row.band[0])).toEqual([[1, 5], null]);
  });

  it("merges series and interpolates a series across the other's steps", () => {
    const rows = buildMetricRows({
      series: [run("a", [[0, 0], [4, 8]]), run("b", [[1, 5], [2, 6], [3, 7], [5, 1]])],
      x: "step",
      smoothing: 0,
      isLogScale: false,
    });
    expect(rows.map((row) => row.x)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rows.map((row) => row.raw[0])).toEqual([0, 2, 4, 6, 8, null]);
    expect(rows.map((row) => row.raw[1])).toEqual([null, 5, 6, 7, 4, 1]);
    // Interpolated positions are not the series' own points.
    expect(rows.map((row) => row.points[0] !== null)).toEqual([true, false, false, false, true, false]);
  });

  it("does not interpolate across a gap, and interpolates in log space on a log scale", () => {
    const gapped = buildMetricRows({
      series: [run("a", [[0, 1], [2, "NaN"], [4, 3]]), run("b", [[1, 1], [3, 1]])],
      x: "step",
      smoothing: 0,
      isLogScale: false,
    });
    expect(gapped.map((row) => row.raw[0])).toEqual([1, null, null, null, 3]);
    const logged = buildMetricRows({
      series: [run("a", [[0, 1], [2, 100]]), run("b", [[1, 1]])],
      x: "step",
      smoothing: 0,
      isLogScale: true,
    });
    expect(logged[1].raw[0]).toBeCloseTo(10, 10);
  });
});

describe("drawnExtent", () => {
  it("spans lines and bands, and is null when nothing is drawn", () => {
    const series: TMetricSeries = { id: "a", name: "a", points: [{ step: 0, time: 0, value: 2, min: 0.5, max: 9 }, { step: 1, time: 1, value: 3 }] };
    expect(drawnExtent(buildMetricRows({ series: [series], x: "step", smoothing: 0, isLogScale: false }))).toEqual([0.5, 9]);
    expect(drawnExtent(buildMetricRows({ series: [run("a", [[0, "NaN"]])], x: "step", smoothing: 0, isLogScale: false }))).toBeNull();
  });
});
