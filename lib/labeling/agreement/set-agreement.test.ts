import { describe, expect, it } from "vitest";
import { computeJaccard, computeSpanF1 } from "./set-agreement";

describe("computeJaccard", () => {
  it("is |A ∩ B| / |A ∪ B|", () => {
    expect(computeJaccard(["cat", "dog"], ["dog", "bird"])).toBeCloseTo(1 / 3, 10);
    expect(computeJaccard(["cat"], ["cat"])).toBe(1);
    expect(computeJaccard(["cat"], ["dog"])).toBe(0);
  });

  it("counts two empty sets as agreeing and one empty set as not", () => {
    expect(computeJaccard([], [])).toBe(1);
    expect(computeJaccard([], ["cat"])).toBe(0);
  });
});

describe("computeSpanF1", () => {
  const per = { label: "PER", start: 0, end: 4 };
  const loc = { label: "LOC", start: 10, end: 16 };

  it("matches only on equal start, end and label", () => {
    expect(computeSpanF1([per, loc], [per, loc])).toBe(1);
    expect(computeSpanF1([per], [{ ...per, end: 5 }])).toBe(0);
    expect(computeSpanF1([per], [{ ...per, label: "ORG" }])).toBe(0);
  });

  it("is 2·matches / (|A| + |B|)", () => {
    expect(computeSpanF1([per, loc], [per])).toBeCloseTo(2 / 3, 10);
    expect(computeSpanF1([per, per], [per])).toBeCloseTo(2 / 3, 10);
  });

  it("counts two empty sets as agreeing", () => {
    expect(computeSpanF1([], [])).toBe(1);
    expect(computeSpanF1([], [per])).toBe(0);
  });
});
