import { describe, expect, it } from "vitest";
import {
  classifyMetricValue,
  countNonFinite,
  countNonPositive,
  describeNonFinite,
  describeNonPositive,
  toMetricNumber,
  type TMetricPoint,
} from "./metric-values";

const at = (step: number, value: TMetricPoint["value"]): TMetricPoint => ({ step, time: 1000 + step, value });

describe("classifyMetricValue", () => {
  it("tells finite values from the spelled-out and numeric non-finite ones", () => {
    expect(classifyMetricValue(0.5)).toBeNull();
    expect(classifyMetricValue(0)).toBeNull();
    expect(classifyMetricValue("NaN")).toBe("NaN");
    expect(classifyMetricValue(Number.NaN)).toBe("NaN");
    expect(classifyMetricValue("Infinity")).toBe("Infinity");
    expect(classifyMetricValue(Number.NEGATIVE_INFINITY)).toBe("-Infinity");
    expect(classifyMetricValue("-Infinity")).toBe("-Infinity");
  });

  it("turns spelled-out values into numbers", () => {
    expect(toMetricNumber("-Infinity")).toBe(Number.NEGATIVE_INFINITY);
    expect(toMetricNumber(2.5)).toBe(2.5);
  });
});

describe("countNonFinite and describeNonFinite", () => {
  it("counts each kind with its last step, in a fixed order", () => {
    const points = [at(10, "NaN"), at(12, "Infinity"), at(20, 1), at(40, "NaN"), at(41, 0.3)];
    const counts = countNonFinite(points);
    expect(counts).toEqual([
      { kind: "NaN", count: 2, lastStep: 40 },
      { kind: "Infinity", count: 1, lastStep: 12 },
    ]);
    expect(describeNonFinite(counts)).toBe("2 NaN values, last at step 40; 1 Infinity value at step 12");
  });

  it("says nothing when every value is finite", () => {
    const counts = countNonFinite([at(1, 1), at(2, 2)]);
    expect(counts).toEqual([]);
    expect(describeNonFinite(counts)).toBe("");
  });

  it("reports -Infinity after the others", () => {
    expect(describeNonFinite(countNonFinite([at(3, "-Infinity"), at(5, "-Infinity"), at(4, "NaN")]))).toBe(
      "1 NaN value at step 4; 2 -Infinity values, last at step 5",
    );
  });
});

describe("countNonPositive", () => {
  it("counts finite values at or below zero only", () => {
    expect(countNonPositive([at(1, 0), at(2, -1), at(3, 0.1), at(4, "NaN"), at(5, "-Infinity")])).toBe(2);
    expect(describeNonPositive(2)).toBe("2 values ≤ 0 are not drawn on the log scale");
    expect(describeNonPositive(1)).toBe("1 value ≤ 0 is not drawn on the log scale");
    expect(describeNonPositive(0)).toBe("");
  });
});
