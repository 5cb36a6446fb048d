// Box arithmetic in image fractions (0..1 from the top-left corner), the unit results.ts
// stores. Everything here keeps a box inside its image, so what the annotator hands back
// always passes ZBox.
import type { TBox } from "@/lib/labeling/results";

export type TPoint = { x: number; y: number };
export type TSize = { width: number; height: number };
/** The eight grips of a selected box, by compass direction. */
export type THandle = "n" | "s" | "e" | "w" | "ne" | "nw" | "se" | "sw";
export const HANDLES: readonly THandle[] = ["nw", "n", "ne", "e", "se", "s", "sw", "w"];

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
export const clamp01 = (value: number) => clamp(value, 0, 1);

/** One image pixel as a fraction of each side: the step for keys and the smallest box. */
export function pixelFraction(image: TSize): TSize {
  return { width: 1 / image.width, height: 1 / image.height };
}

/** The box forced inside the image: a box too big shrinks, one hanging off an edge slides in. */
export function clampBox(box: TBox): TBox {
  const width = clamp01(box.width);
  const height = clamp01(box.height);
  return { ...box, width, height, x: clamp(box.x, 0, 1 - width), y: clamp(box.y, 0, 1 - height) };
}

/** The box spanned by two corners dragged in any direction, cut at the image's edges. */
export function boxFromPoints(label: string, a: TPoint, b: TPoint): TBox {
  const left = clamp01(Math.min(a.x, b.x));
  const top = clamp01(Math.min(a.y, b.y));
  return { label, x: left, y: top, width: clamp01(Math.max(a.x, b.x)) - left, height: clamp01(Math.max(a.y, b.y)) - top };
}

/** The box slid by (dx, dy); at an edge it stops there instead of shrinking. */
export function moveBox(box: TBox, dx: number, dy: number): TBox {
  return { ...box, x: clamp(box.x + dx, 0, 1 - box.width), y: clamp(box.y + dy, 0, 1 - box.height) };
}

// One axis of a handle drag: the edge the handle holds moves, the other stays. Dragged past
// the fixed edge the box flips rather than turning inside out, and it never gets thinner than min.
function resizeAxis(start: number, end: number, delta: number, moves: "start" | "end" | "none", min: number): [number, number] {
  if (moves === "none") return [start, end];
  const fixed = moves === "start" ? end : start;
  let moving = clamp01((moves === "start" ? start : end) + delta);
  if (Math.abs(moving - fixed) < min) {
    let direction = moving === fixed ? (moves === "start" ? -1 : 1) : Math.sign(moving - fixed);
    if (fixed + direction * min < 0 || fixed + direction * min > 1) direction = -direction;
    moving = fixed + direction * min;
  }
  return moving < fixed ? [moving, fixed] : [fixed, moving];
}

/** The box as it was when a handle was grabbed, with that handle dragged by (dx, dy). */
export function resizeBox(box: TBox, handle: THandle, dx: number, dy: number, min: TSize): TBox {
  const horizontal = handle.includes("w") ? "start" : handle.includes("e") ? "end" : "none";
  const vertical = handle.includes("n") ? "start" : handle.includes("s") ? "end" : "none";
  const [left, right] = resizeAxis(box.x, box.x + box.width, dx, horizontal, min.width);
  const [top, bottom] = resizeAxis(box.y, box.y + box.height, dy, vertical, min.height);
  return { ...box, x: left, y: top, width: right - left, height: bottom - top };
}

/** The box grown (or shrunk, with negative steps) from its top-left corner, as the keys do. */
export function resizeBoxBy(box: TBox, dWidth: number, dHeight: number, min: TSize): TBox {
  return {
    ...box,
    width: clamp(box.width + dWidth, Math.min(min.width, 1 - box.x), 1 - box.x),
    height: clamp(box.height + dHeight, Math.min(min.height, 1 - box.y), 1 - box.y),
  };
}

/** Where a handle sits on the box, in image fractions. */
export function handlePoint(box: TBox, handle: THandle): TPoint {
  const x = handle.includes("w") ? box.x : handle.includes("e") ? box.x + box.width : box.x + box.width / 2;
  const y = handle.includes("n") ? box.y : handle.includes("s") ? box.y + box.height : box.y + box.height / 2;
  return { x, y };
}

/** The box the keyboard draws: half the image's width and height, in its centre. */
export function centredBox(label: string): TBox {
  return { label, x: 0.25, y: 0.25, width: 0.5, height: 0.5 };
}

/** A box's size on screen, to tell a drag from a slip of the hand. */
export function screenSize(box: TBox, image: TSize, scale: number): TSize {
  return { width: box.width * image.width * scale, height: box.height * image.height * scale };
}
