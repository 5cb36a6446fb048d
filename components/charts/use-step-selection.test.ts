import { describe, expect, it } from "vitest";
import { resolveStepIndex } from "./use-step-selection";

describe("resolveStepIndex", () => {
  it("follows the latest step when nothing is pinned, new steps included", () => {
    expect(resolveStepIndex([10, 20, 30], null)).toBe(2);
    expect(resolveStepIndex([10, 20, 30, 40], null)).toBe(3);
  });

  it("stays on a pinned step as new steps arrive", () => {
    expect(resolveStepIndex([10, 20, 30], 20)).toBe(1);
    expect(resolveStepIndex([10, 20, 30, 40], 20)).toBe(1);
  });

  it("falls back to the latest when the pinned step is gone", () => {
    expect(resolveStepIndex([30, 40], 20)).toBe(1);
  });

  it("is -1 without steps", () => {
    expect(resolveStepIndex([], null)).toBe(-1);
  });
});
