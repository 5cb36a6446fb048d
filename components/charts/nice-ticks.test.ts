import { describe, expect, it } from "vitest";
import { niceDomain, niceStep, niceTicks } from "./nice-ticks";

describe("niceStep", () => {
  it("picks 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceStep(3990, 6)).toBe(1000);
    expect(niceStep(680, 6)).toBe(200);
    expect(niceStep(1, 5)).toBe(0.25);
    expect(niceStep(0.03, 4)).toBe(0.01);
  });
});

describe("niceTicks", () => {
  it("places round ticks inside the range", () => {
    expect(niceTicks(810, 1490)).toEqual([1000, 1200, 1400]);
    expect(niceTicks(0, 3990)).toEqual([0, 1000, 2000, 3000]);
    expect(niceTicks(0.1, 0.7, 4)).toEqual([0.2, 0.4, 0.6]);
  });

  it("keeps a minimum step for whole numbers", () => {
    expect(niceTicks(0, 3, 6, 1)).toEqual([0, 1, 2, 3]);
  });

  it("gives the one position of an empty range", () => {
    expect(niceTicks(5, 5)).toEqual([5]);
  });
});

describe("niceDomain", () => {
  it("widens to round ticks", () => {
    expect(niceDomain(0.13, 2.46)).toEqual({ domain: [0, 2.5], ticks: [0, 0.5, 1, 1.5, 2, 2.5] });
    expect(niceDomain(0.452, 0.948)).toEqual({ domain: [0.4, 1], ticks: [0.4, 0.6, 0.8, 1] });
    expect(niceDomain(-3.2, 7.9)).toEqual({ domain: [-5, 10], ticks: [-5, 0, 5, 10] });
    expect(niceDomain(0.13, 2.46, 5)).toEqual({ domain: [0, 3], ticks: [0, 1, 2, 3] });
  });

  it("gives a flat line room around it", () => {
    expect(niceDomain(3, 3)).toEqual({ domain: [2.6, 3.4], ticks: [2.6, 2.8, 3, 3.2, 3.4] });
    expect(niceDomain(0, 0)).toEqual({ domain: [-1, 1], ticks: [-1, -0.5, 0, 0.5, 1] });
  });
});
