import { describe, expect, it } from "vitest";
import { computeAccuracy, computeClassMetrics, normaliseRows } from "./confusion-math";

describe("normaliseRows", () => {
  it("divides each row by its sum and leaves a row of zeros at zero", () => {
    expect(normaliseRows([
      [3, 1],
      [0, 0],
      [2, 6],
    ])).toEqual([
      [0.75, 0.25],
      [0, 0],
      [0.25, 0.75],
    ]);
  });
});

describe("computeClassMetrics", () => {
  it("computes precision, recall, F1 and support per class", () => {
    // rows: true class, columns: predicted class
    const metrics = computeClassMetrics([
      [5, 1, 0],
      [2, 3, 1],
      [0, 0, 4],
    ]);
    expect(metrics[0]).toEqual({ precision: 5 / 7, recall: 5 / 6, f1: expect.closeTo(10 / 13, 12), support: 6 });
    expect(metrics[1]).toEqual({ precision: 3 / 4, recall: 3 / 6, f1: expect.closeTo(0.6, 12), support: 6 });
    expect(metrics[2]).toEqual({ precision: 4 / 5, recall: 1, f1: expect.closeTo(8 / 9, 12), support: 4 });
  });

  it("gives 0 where a class is never predicted or never present", () => {
    const metrics = computeClassMetrics([
      [4, 0],
      [0, 0],
    ]);
    expect(metrics[1]).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(metrics[0]).toEqual({ precision: 1, recall: 1, f1: 1, support: 4 });
  });
});

describe("computeAccuracy", () => {
  it("is the diagonal's share of all samples", () => {
    expect(computeAccuracy([
      [5, 1],
      [2, 2],
    ])).toBe(0.7);
  });

  it("is 0 for a matrix without samples", () => {
    expect(computeAccuracy([
      [0, 0],
      [0, 0],
    ])).toBe(0);
    expect(computeAccuracy([])).toBe(0);
  });
});
