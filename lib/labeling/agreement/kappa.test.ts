import { describe, expect, it } from "vitest";
import { computeCohenKappa, computeFleissKappa, measurePairAgreement } from "./kappa";

/** Expands rows of per-category counts into each item's list of labels. */
function labelsFromCounts(rows: number[][]) {
  return rows.map((counts) => counts.flatMap((count, category) => Array.from({ length: count }, () => `c${category + 1}`)));
}

// Fleiss (1971) as worked through on Wikipedia: 10 subjects, 14 raters, 5 categories.
const FLEISS_EXAMPLE = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

describe("computeFleissKappa", () => {
  it("matches the textbook worked example (κ ≈ 0.210)", () => {
    expect(computeFleissKappa(labelsFromCounts(FLEISS_EXAMPLE))).toBeCloseTo(0.20993, 4);
  });

  it("gives each item's P_i as in the example", () => {
    const perItem = labelsFromCounts(FLEISS_EXAMPLE).map((labels) => measurePairAgreement(labels)!);
    expect(perItem.map((value) => Number(value.toFixed(3)))).toEqual([1, 0.253, 0.308, 0.44, 0.33, 0.462, 0.242, 0.176, 0.286, 0.286]);
  });

  it("is 1 when everyone agrees, even with a single label in use", () => {
    expect(computeFleissKappa([["a", "a", "a"], ["a", "a", "a"]])).toBe(1);
    expect(computeFleissKappa([["a", "a"], ["b", "b"]])).toBe(1);
  });

  it("is negative when agreement is below chance", () => {
    expect(computeFleissKappa([["a", "b"], ["b", "a"]])).toBeLessThan(0);
  });

  it("ignores items with fewer than two labels and is null without any", () => {
    expect(computeFleissKappa([["a"], []])).toBeNull();
    expect(computeFleissKappa([["a"], ["a", "a"], ["b", "b"]])).toBe(1);
  });
});

describe("computeCohenKappa", () => {
  it("matches the textbook example (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → κ = 0.4)", () => {
    const pairs: [string, string][] = [
      ...Array.from({ length: 20 }, () => ["yes", "yes"] as [string, string]),
      ...Array.from({ length: 5 }, () => ["yes", "no"] as [string, string]),
      ...Array.from({ length: 10 }, () => ["no", "yes"] as [string, string]),
      ...Array.from({ length: 15 }, () => ["no", "no"] as [string, string]),
    ];
    expect(computeCohenKappa(pairs)).toBeCloseTo(0.4, 10);
  });

  it("is 1 for full agreement, null without shared items", () => {
    expect(computeCohenKappa([["a", "a"], ["b", "b"]])).toBe(1);
    expect(computeCohenKappa([["a", "a"]])).toBe(1);
    expect(computeCohenKappa([])).toBeNull();
  });
});

describe("measurePairAgreement", () => {
  it("is the share of agreeing pairs, null for one annotator", () => {
    expect(measurePairAgreement(["a", "a", "b"])).toBeCloseTo(1 / 3, 10);
    expect(measurePairAgreement(["a"])).toBeNull();
  });
});
