import { describe, expect, it } from "vitest";
import { computeBoxIou, measureBoxAgreement } from "./box-agreement";

const box = (x: number, y: number, width: number, height: number, label = "car") => ({ label, x, y, width, height });

describe("computeBoxIou", () => {
  it("is intersection over union", () => {
    // Two 0.2×0.2 boxes overlapping on a 0.1×0.2 strip: 0.02 / (0.04 + 0.04 − 0.02).
    expect(computeBoxIou(box(0, 0, 0.2, 0.2), box(0.1, 0, 0.2, 0.2))).toBeCloseTo(1 / 3, 10);
    expect(computeBoxIou(box(0.1, 0.1, 0.3, 0.3), box(0.1, 0.1, 0.3, 0.3))).toBeCloseTo(1, 10);
  });

  it("is 0 for boxes that only touch or are apart", () => {
    expect(computeBoxIou(box(0, 0, 0.2, 0.2), box(0.2, 0, 0.2, 0.2))).toBe(0);
    expect(computeBoxIou(box(0, 0, 0.1, 0.1), box(0.5, 0.5, 0.1, 0.1))).toBe(0);
  });
});

describe("measureBoxAgreement", () => {
  it("is 1 for two empty sets and 0 when only one side has boxes", () => {
    expect(measureBoxAgreement([], [])).toBe(1);
    expect(measureBoxAgreement([box(0, 0, 0.1, 0.1)], [])).toBe(0);
  });

  it("matches one to one, greedily by IoU, and counts unmatched boxes as 0", () => {
    const a = [box(0, 0, 0.2, 0.2), box(0.5, 0.5, 0.2, 0.2)];
    const b = [box(0, 0, 0.2, 0.2)];
    expect(measureBoxAgreement(a, b)).toBeCloseTo(0.5, 10);
    // Both of b's boxes overlap a's only box; the better one is matched, the other is 0.
    expect(measureBoxAgreement([box(0, 0, 0.2, 0.2)], [box(0.1, 0, 0.2, 0.2), box(0, 0, 0.2, 0.2)])).toBeCloseTo(0.5, 10);
  });

  it("matches only boxes of the same label", () => {
    expect(measureBoxAgreement([box(0, 0, 0.2, 0.2, "car")], [box(0, 0, 0.2, 0.2, "bus")])).toBe(0);
  });

  it("is symmetric", () => {
    const a = [box(0, 0, 0.3, 0.3), box(0.2, 0.2, 0.3, 0.3)];
    const b = [box(0.05, 0.05, 0.3, 0.3), box(0.6, 0.6, 0.2, 0.2)];
    expect(measureBoxAgreement(a, b)).toBeCloseTo(measureBoxAgreement(b, a), 12);
  });
});
