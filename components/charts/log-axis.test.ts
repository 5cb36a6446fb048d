import { describe, expect, it } from "vitest";
import { logAxis } from "./log-axis";

describe("logAxis", () => {
  it("spans the decades around the values", () => {
    expect(logAxis(0.0042, 3.1)).toEqual({ domain: [0.001, 10], ticks: [0.001, 0.01, 0.1, 1, 10] });
  });

  it("spans one decade when the values sit inside one", () => {
    expect(logAxis(0.2, 0.9)).toEqual({ domain: [0.1, 1], ticks: [0.1, 1] });
    expect(logAxis(100, 100)).toEqual({ domain: [100, 1000], ticks: [100, 1000] });
  });

  it("skips decades when there are too many", () => {
    expect(logAxis(1e-8, 50)).toEqual({ domain: [1e-8, 100], ticks: [1e-8, 1e-6, 1e-4, 0.01, 1, 100] });
  });
});
