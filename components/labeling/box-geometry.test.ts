import { describe, expect, it } from "vitest";
import { ZBox } from "@/lib/labeling/results";
import { boxFromPoints, centredBox, clampBox, moveBox, resizeBox, resizeBoxBy } from "./box-geometry";

const box = { label: "cat", x: 0.2, y: 0.3, width: 0.4, height: 0.2 };
const min = { width: 0.01, height: 0.01 };
const close = (actual: Record<string, unknown>, expected: Record<string, number | string>) => {
  for (const [key, value] of Object.entries(expected)) {
    if (typeof value === "number") expect(actual[key], key).toBeCloseTo(value, 9);
    else expect(actual[key], key).toBe(value);
  }
};

describe("box geometry", () => {
  it("draws a box from corners dragged in any direction, cut at the image's edges", () => {
    close(boxFromPoints("cat", { x: 0.6, y: 0.5 }, { x: 0.2, y: 0.1 }), { label: "cat", x: 0.2, y: 0.1, width: 0.4, height: 0.4 });
    close(boxFromPoints("cat", { x: 0.8, y: -0.3 }, { x: 1.4, y: 0.5 }), { x: 0.8, y: 0, width: 0.2, height: 0.5 });
  });

  it("moves a box and stops it at the image's edges without shrinking it", () => {
    close(moveBox(box, 0.1, -0.1), { x: 0.3, y: 0.2, width: 0.4, height: 0.2 });
    close(moveBox(box, 5, -5), { x: 0.6, y: 0, width: 0.4, height: 0.2 });
    expect(ZBox.safeParse(moveBox(box, 5, 5)).success).toBe(true);
  });

  it("clamps a box that hangs off the image or is bigger than it", () => {
    close(clampBox({ label: "cat", x: 0.9, y: -0.1, width: 0.3, height: 1.5 }), { x: 0.7, y: 0, width: 0.3, height: 1 });
  });

  it("resizes by a corner handle, keeping the opposite corner", () => {
    close(resizeBox(box, "se", 0.1, 0.1, min), { x: 0.2, y: 0.3, width: 0.5, height: 0.3 });
    close(resizeBox(box, "nw", -0.1, -0.1, min), { x: 0.1, y: 0.2, width: 0.5, height: 0.3 });
  });

  it("resizes by an edge handle along one axis only", () => {
    close(resizeBox(box, "e", 0.1, 0.3, min), { x: 0.2, y: 0.3, width: 0.5, height: 0.2 });
    close(resizeBox(box, "n", 0.3, 0.05, min), { x: 0.2, y: 0.35, width: 0.4, height: 0.15 });
  });

  it("flips a box dragged past its opposite edge instead of inverting it", () => {
    close(resizeBox(box, "e", -0.5, 0, min), { x: 0.1, width: 0.1 });
    close(resizeBox(box, "s", 0, -0.3, min), { y: 0.2, height: 0.1 });
  });

  it("stops a resize at the image's edge and at the smallest size", () => {
    close(resizeBox(box, "se", 2, 2, min), { x: 0.2, y: 0.3, width: 0.8, height: 0.7 });
    close(resizeBox(box, "w", 0.4, 0, min), { x: 0.59, width: 0.01 });
    close(resizeBox({ ...box, x: 0, width: 0.3 }, "e", -0.3, 0, min), { x: 0, width: 0.01 });
  });

  it("grows and shrinks by keyboard steps from the top-left corner, within the image", () => {
    close(resizeBoxBy(box, 0.1, -0.05, min), { x: 0.2, y: 0.3, width: 0.5, height: 0.15 });
    close(resizeBoxBy(box, 1, 1, min), { width: 0.8, height: 0.7 });
    close(resizeBoxBy(box, -1, -1, min), { width: 0.01, height: 0.01 });
  });

  it("puts the keyboard's new box in the centre, a quarter of the image", () => {
    const centred = centredBox("dog");
    expect(centred.width * centred.height).toBeCloseTo(0.25);
    expect(centred.x + centred.width / 2).toBeCloseTo(0.5);
    expect(ZBox.safeParse(centred).success).toBe(true);
  });
});
