import { describe, expect, it } from "vitest";
import { cursorForHit, hitTestBoxes } from "./box-hit-test";

const big = { label: "cat", x: 0.1, y: 0.1, width: 0.8, height: 0.8 };
const small = { label: "dog", x: 0.4, y: 0.4, width: 0.1, height: 0.1 };
const tolerance = { width: 0.02, height: 0.02 };

describe("box hit testing", () => {
  it("finds nothing on bare image", () => {
    expect(hitTestBoxes([big, small], { x: 0.05, y: 0.05 }, tolerance, null)).toBeNull();
  });

  it("prefers the smallest box under the point, so nested boxes stay reachable", () => {
    expect(hitTestBoxes([small, big], { x: 0.45, y: 0.45 }, tolerance, null)).toEqual({ index: 0, part: "body" });
    expect(hitTestBoxes([small, big], { x: 0.2, y: 0.2 }, tolerance, null)).toEqual({ index: 1, part: "body" });
  });

  it("takes the one drawn last of two equal boxes", () => {
    expect(hitTestBoxes([big, { ...big, label: "dog" }], { x: 0.5, y: 0.5 }, tolerance, null)).toEqual({ index: 1, part: "body" });
  });

  it("finds the selected box's handles first, within the tolerance", () => {
    expect(hitTestBoxes([big, small], { x: 0.91, y: 0.89 }, tolerance, 0)).toEqual({ index: 0, part: "se" });
    expect(hitTestBoxes([big, small], { x: 0.5, y: 0.11 }, tolerance, 0)).toEqual({ index: 0, part: "n" });
    expect(hitTestBoxes([big, small], { x: 0.5, y: 0.5 }, tolerance, 1)).toEqual({ index: 1, part: "se" });
  });

  it("shows no handles of a box that is not selected", () => {
    expect(hitTestBoxes([big], { x: 0.9, y: 0.9 }, tolerance, null)).toEqual({ index: 0, part: "body" });
  });

  it("gives each part its cursor", () => {
    expect(cursorForHit(null)).toBe("crosshair");
    expect(cursorForHit({ index: 0, part: "body" })).toBe("move");
    expect(cursorForHit({ index: 0, part: "ne" })).toBe("nesw-resize");
    expect(cursorForHit({ index: 0, part: "w" })).toBe("ew-resize");
  });
});
