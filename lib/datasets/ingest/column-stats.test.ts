import { describe, expect, it } from "vitest";
import { classifyCsvText, classifyJsonValue } from "./classify-value";
import { buildHistogram, ColumnStatsCollector } from "./column-stats";

function statsOf(values: unknown[]) {
  const stats = new ColumnStatsCollector("c");
  for (const value of values) stats.add(value, classifyJsonValue(value));
  return stats.finish();
}

describe("classifyCsvText", () => {
  it("reads numbers, booleans and ISO dates by how they are written", () => {
    expect(["", "12", "-3", "0", "1.5", ".5", "1e3", "true", "FALSE", "2024-03-01", "2024-03-01T10:20:30Z"].map(classifyCsvText)).toEqual([
      "null", "integer", "integer", "integer", "number", "number", "number", "boolean", "boolean", "datetime", "datetime",
    ]);
  });

  it("keeps as text what a number would lose: leading zeros, huge integers, padding", () => {
    expect(["007", "12345678901234567890", " 5", "1,5", "NaN", "2024-13-01", "yes"].map(classifyCsvText)).toEqual(Array(7).fill("string"));
  });
});

describe("ColumnStatsCollector", () => {
  it("gives an integer column its exact stats and 20 equal-width bins", () => {
    const stats = statsOf([0, 10, 20, 20, null, 5, 100]);
    expect(stats).toMatchObject({ name: "c", type: "integer", nulls: 1, distinct: 5, min: 0, max: 100, mean: 155 / 6 });
    expect(stats.histogram!.edges).toEqual(Array.from({ length: 21 }, (_, i) => i * 5));
    // 0 → bin 0, 5 → bin 1, 10 → bin 2, 20 twice → bin 4, 100 (the top edge) → the last bin.
    expect(stats.histogram!.counts).toEqual([1, 1, 1, 0, 2, ...Array(14).fill(0), 1]);
  });

  it("calls a column of integers and fractions a number column", () => {
    expect(statsOf([1, 2.5]).type).toBe("number");
  });

  it("calls mixed kinds a string column, with no numeric stats", () => {
    const stats = statsOf([1, "a", true]);
    expect(stats).toEqual({ name: "c", type: "string", nulls: 0, distinct: 3 });
  });

  it("gives datetime columns their earliest and latest values as written", () => {
    const stats = statsOf(["2024-03-01", "2023-12-31T23:00:00Z", "2024-01-15T08:00:00+02:00"]);
    expect(stats).toEqual({ name: "c", type: "datetime", nulls: 0, distinct: 3, min: "2023-12-31T23:00:00Z", max: "2024-03-01" });
  });

  it("counts an all-null column as string, and booleans as booleans", () => {
    expect(statsOf([null, null])).toEqual({ name: "c", type: "string", nulls: 2, distinct: 0 });
    expect(statsOf([true, false, true])).toEqual({ name: "c", type: "boolean", nulls: 0, distinct: 2 });
  });

  it("counts long texts by value without keeping them", () => {
    const long = "x".repeat(10_000);
    expect(statsOf([long, long, `${long}y`]).distinct).toBe(2);
  });

  it("centres a constant column's bar on its value", () => {
    const { edges, counts } = buildHistogram(new Map([[3, 4]]), 3, 3);
    expect(edges[0]).toBe(2.5);
    expect(edges[20]).toBe(3.5);
    expect(counts[10]).toBe(4);
    expect(counts.reduce((a, b) => a + b)).toBe(4);
  });
});
