import { describe, expect, it } from "vitest";
import { fitView, panBy, screenToFraction, wheelZoomFactor, zoomAt, zoomLimits } from "./view-transform";

const image = { width: 2000, height: 1000 };

describe("the annotator's view", () => {
  it("fits a wide image to the viewport's width and centres it", () => {
    const view = fitView({ width: 1032, height: 800 }, image);
    expect(view.scale).toBeCloseTo(0.5);
    expect(view.x).toBeCloseTo(16);
    expect(view.y).toBeCloseTo(150);
  });

  it("fits a tall image to the viewport's height", () => {
    const view = fitView({ width: 1000, height: 532 }, { width: 500, height: 1000 });
    expect(view.scale).toBeCloseTo(0.5);
    expect(view.y).toBeCloseTo(16);
  });

  it("maps viewport points to image fractions and back through the view", () => {
    const view = { scale: 0.5, x: 16, y: 150 };
    expect(screenToFraction(view, image, { x: 16, y: 150 })).toEqual({ x: 0, y: 0 });
    expect(screenToFraction(view, image, { x: 516, y: 400 })).toEqual({ x: 0.5, y: 0.5 });
    expect(screenToFraction(view, image, { x: 0, y: 0 }).x).toBeLessThan(0);
  });

  it("zooms around the pointer: the image point under it stays under it", () => {
    const view = { scale: 0.5, x: 16, y: 150 };
    const pointer = { x: 300, y: 260 };
    const before = screenToFraction(view, image, pointer);
    const zoomed = zoomAt(view, pointer, 2, zoomLimits(0.5));
    expect(zoomed.scale).toBeCloseTo(1);
    const after = screenToFraction(zoomed, image, pointer);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it("stops zooming at the limits", () => {
    const view = { scale: 0.5, x: 0, y: 0 };
    expect(zoomAt(view, { x: 0, y: 0 }, 0.01, zoomLimits(0.5)).scale).toBeCloseTo(0.25);
    expect(zoomAt(view, { x: 0, y: 0 }, 1000, zoomLimits(0.5)).scale).toBeCloseTo(16);
  });

  it("pans by screen pixels", () => {
    expect(panBy({ scale: 2, x: 10, y: 10 }, 5, -20)).toEqual({ scale: 2, x: 15, y: -10 });
  });

  it("zooms in when the wheel turns up, out when down, by the same factor", () => {
    expect(wheelZoomFactor(-100)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100)).toBeLessThan(1);
    expect(wheelZoomFactor(100) * wheelZoomFactor(-100)).toBeCloseTo(1);
    expect(wheelZoomFactor(3, 1)).toBeCloseTo(wheelZoomFactor(48, 0));
  });
});
