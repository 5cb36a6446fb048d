// The annotator's zoom and pan. A view maps image pixels to viewport pixels:
// screen = image * scale + (x, y), measured from the viewport's top-left corner.
import { clamp, type TPoint, type TSize } from "./box-geometry";

export type TView = { scale: number; x: number; y: number };

// Room around a fitted image, so its edges (and boxes on them) are not flush with the frame.
const FIT_PADDING = 16;

/** The whole image, as large as fits, centred. */
export function fitView(viewport: TSize, image: TSize, padding = FIT_PADDING): TView {
  const room = { width: Math.max(1, viewport.width - 2 * padding), height: Math.max(1, viewport.height - 2 * padding) };
  const scale = Math.min(room.width / image.width, room.height / image.height);
  return { scale, x: (viewport.width - image.width * scale) / 2, y: (viewport.height - image.height * scale) / 2 };
}

/** How far one may zoom: out to half the fitted size, in to 32× it or 16 screen pixels per image pixel. */
export function zoomLimits(fitScale: number) {
  return { min: fitScale / 2, max: Math.max(fitScale * 32, 16) };
}

/** The view zoomed by factor, keeping the image point under `point` (viewport pixels) where it is. */
export function zoomAt(view: TView, point: TPoint, factor: number, limits: { min: number; max: number }): TView {
  const scale = clamp(view.scale * factor, limits.min, limits.max);
  const ratio = scale / view.scale;
  return { scale, x: point.x - (point.x - view.x) * ratio, y: point.y - (point.y - view.y) * ratio };
}

export function panBy(view: TView, dx: number, dy: number): TView {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** A viewport point as a fraction of the image; outside the image it runs past 0..1. */
export function screenToFraction(view: TView, image: TSize, point: TPoint): TPoint {
  return { x: (point.x - view.x) / (image.width * view.scale), y: (point.y - view.y) / (image.height * view.scale) };
}

// Lines and pages (Firefox with a mouse wheel) are turned into pixels first.
const DELTA_PIXELS = [1, 16, 400];

/** The zoom factor for one wheel event: smooth for trackpads, about 15% a mouse-wheel notch. */
export function wheelZoomFactor(deltaY: number, deltaMode = 0): number {
  const pixels = deltaY * (DELTA_PIXELS[deltaMode] ?? 1);
  return Math.exp(clamp(-pixels, -100, 100) * 0.0015);
}
