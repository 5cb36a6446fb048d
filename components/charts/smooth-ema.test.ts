import { describe, expect, it } from "vitest";
import { smoothEma } from "./smooth-ema";

describe("smoothEma", () => {
  it("debiases the average so the first value is kept exactly", () => {
    const smoothed = smoothEma([1, 2, 3], 0.5);
    expect(smoothed[0]).toBe(1);
    expect(smoothed[1]).toBeCloseTo(5 / 3, 12);
    expect(smoothed[2]).toBeCloseTo(17 / 7, 12);
  });

  it("passes non-finite values through and leaves them out of the average", () => {
    const smoothed = smoothEma([1, Number.NaN, Number.POSITIVE_INFINITY, 3], 0.5);
    expect(smoothed[0]).toBe(1);
    expect(smoothed[1]).toBeNaN();
    expect(smoothed[2]).toBe(Number.POSITIVE_INFINITY);
    // Two finite values seen: (0.25 + 1.5) / (1 - 0.5²).
    expect(smoothed[3]).toBeCloseTo(7 / 3, 12);
  });

  it("matches a hand-computed high weight", () => {
    const smoothed = smoothEma([10, 0], 0.9);
    // last = 0.9 * 1 + 0.1 * 0 = 0.9; debias 1 - 0.81 = 0.19.
    expect(smoothed[1]).toBeCloseTo(0.9 / 0.19, 12);
  });

  it("returns the values unchanged at weight 0", () => {
    expect(smoothEma([3, 1, 2], 0)).toEqual([3, 1, 2]);
  });

  it("keeps a constant series exactly constant", () => {
    expect(smoothEma([0.1, 0.1, Number.NaN, 0.1, 0.1], 0.99)).toEqual([0.1, 0.1, Number.NaN, 0.1, 0.1]);
  });

  it("does not change its input", () => {
    const values = [1, 2, 3];
    smoothEma(values, 0.6);
    expect(values).toEqual([1, 2, 3]);
  });
});
