// What is under the pointer: a grip of the selected box, a box, or bare image. Done in image
// fractions rather than from DOM targets, so the rules are the same for every zoom and testable.
import type { TBox } from "@/lib/labeling/results";
import { HANDLES, handlePoint, type THandle, type TPoint, type TSize } from "./box-geometry";

export type TBoxHit = { index: number; part: THandle | "body" };

/**
 * The selected box's handles win (they sit on its edges, where a neighbour may start). Among
 * boxes under the point the smallest wins, so a small box inside a big one stays reachable;
 * of equal ones, the one drawn last (on top).
 */
export function hitTestBoxes(boxes: readonly TBox[], point: TPoint, tolerance: TSize, selectedIndex: number | null): TBoxHit | null {
  const selected = selectedIndex === null ? undefined : boxes[selectedIndex];
  if (selected && selectedIndex !== null) {
    for (const handle of HANDLES) {
      const grip = handlePoint(selected, handle);
      if (Math.abs(point.x - grip.x) <= tolerance.width && Math.abs(point.y - grip.y) <= tolerance.height) return { index: selectedIndex, part: handle };
    }
  }
  let best: TBoxHit | null = null;
  let bestArea = Infinity;
  boxes.forEach((box, index) => {
    const isInside = point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
    const area = box.width * box.height;
    if (isInside && area <= bestArea) {
      best = { index, part: "body" };
      bestArea = area;
    }
  });
  return best;
}

const CURSORS: Record<THandle, string> = { n: "ns-resize", s: "ns-resize", e: "ew-resize", w: "ew-resize", ne: "nesw-resize", sw: "nesw-resize", nw: "nwse-resize", se: "nwse-resize" };

/** The pointer's shape over what a hit found: a resize arrow, a move cross, or the drawing crosshair. */
export function cursorForHit(hit: TBoxHit | null): string {
  if (!hit) return "crosshair";
  return hit.part === "body" ? "move" : CURSORS[hit.part];
}
