import { describe, expect, it } from "vitest";
import { formatCompactNumber, formatPrecise } from "./format-number";

describe("formatCompactNumber", () => {
  it("shortens large numbers and keeps four significant digits", () => {
    expect(formatCompactNumber(12345)).toBe("12.35K");
    expect(formatCompactNumber(2_500_000)).toBe("2.5M");
    expect(formatCompactNumber(0.91254)).toBe("0.9125");
    expect(formatCompactNumber(-42)).toBe("-42");
    expect(formatCompactNumber(0)).toBe("0");
  });

  it("uses exponents where compact notation runs out", () => {
    expect(formatCompactNumber(0.000015)).toBe("1.5e-5");
    expect(formatCompactNumber(0.0001)).toBe("1e-4");
    expect(formatCompactNumber(3.2e18)).toBe("3.2e18");
  });
});

describe("formatPrecise", () => {
  it("rounds to six significant digits without trailing zeros", () => {
    expect(formatPrecise(1 / 3)).toBe("0.333333");
    expect(formatPrecise(2.5)).toBe("2.5");
    expect(formatPrecise(123456789)).toBe("123457000");
  });
});
