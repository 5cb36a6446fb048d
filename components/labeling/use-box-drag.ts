"use client";
import { useRef, useState, type PointerEvent } from "react";
import type { TBox } from "@/lib/labeling/results";
import { boxFromPoints, moveBox, pixelFraction, resizeBox, screenSize, type THandle, type TPoint, type TSize } from "./box-geometry";
import { cursorForHit, hitTestBoxes } from "./box-hit-test";
import { screenToFraction, type TView } from "./view-transform";

// Screen pixels: a handle answers this far from its centre; a box thinner than DRAW_MIN is a
// slip of the hand, not a box; a box moved less than CLICK_SLOP was clicked, not dragged.
const HANDLE_SLOP = 7;
const DRAW_MIN = 4;
const CLICK_SLOP = 3;

type TDrag =
  | { mode: "pan"; last: TPoint }
  | { mode: "draw"; origin: TPoint; start: TPoint }
  | { mode: "move"; index: number; origin: TPoint; start: TPoint; box: TBox }
  | { mode: "resize"; index: number; handle: THandle; origin: TPoint; start: TPoint; box: TBox };

/** A box being drawn (index null) or changed, shown in place of the stored one until the pointer lets go. */
export type TDraft = { index: number | null; box: TBox };

type TOptions = {
  view: TView | null;
  image: TSize;
  boxes: TBox[];
  selectedIndex: number | null;
  activeLabel: string;
  /** Space is held: a plain drag pans. */
  isPanKeyHeld: boolean;
  onChange(boxes: TBox[]): void;
  onSelect(index: number | null): void;
  pan(dx: number, dy: number): void;
};

/** The annotator's mouse: draw on bare image, move a box by its body, resize it by a handle, pan. */
export function useBoxDrag({ view, image, boxes, selectedIndex, activeLabel, isPanKeyHeld, onChange, onSelect, pan }: TOptions) {
  const drag = useRef<TDrag | null>(null);
  const [draft, setDraft] = useState<TDraft | null>(null);
  const [hoverCursor, setHoverCursor] = useState("crosshair");
  const [isPanning, setIsPanning] = useState(false);

  const screenPoint = (event: PointerEvent<HTMLElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const isClick = (current: { start: TPoint }, event: PointerEvent<HTMLElement>) => {
    const point = screenPoint(event);
    return Math.hypot(point.x - current.start.x, point.y - current.start.y) < CLICK_SLOP;
  };

  // What the drag so far makes of the box, from where it began (so no error piles up).
  const draftFor = (current: TDrag, event: PointerEvent<HTMLElement>, currentView: TView): TDraft | null => {
    if (current.mode === "pan") return null;
    const point = screenToFraction(currentView, image, screenPoint(event));
    if (current.mode === "draw") return { index: null, box: boxFromPoints(activeLabel, current.origin, point) };
    const dx = point.x - current.origin.x;
    const dy = point.y - current.origin.y;
    if (current.mode === "move") return { index: current.index, box: moveBox(current.box, dx, dy) };
    return { index: current.index, box: resizeBox(current.box, current.handle, dx, dy, pixelFraction(image)) };
  };

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (!view || drag.current) return;
    const isPan = event.button === 1 || (event.button === 0 && (isPanKeyHeld || event.altKey));
    if (!isPan && event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.focus({ preventScroll: true });
    event.currentTarget.setPointerCapture(event.pointerId);
    if (isPan) {
      drag.current = { mode: "pan", last: { x: event.clientX, y: event.clientY } };
      setIsPanning(true);
      return;
    }
    const start = screenPoint(event);
    const origin = screenToFraction(view, image, start);
    const slop = { width: HANDLE_SLOP / (image.width * view.scale), height: HANDLE_SLOP / (image.height * view.scale) };
    const hit = hitTestBoxes(boxes, origin, slop, selectedIndex);
    if (!hit) {
      drag.current = activeLabel ? { mode: "draw", origin, start } : null;
      if (!activeLabel) onSelect(null);
      return;
    }
    onSelect(hit.index);
    const box = boxes[hit.index];
    drag.current = hit.part === "body" ? { mode: "move", index: hit.index, origin, start, box } : { mode: "resize", index: hit.index, handle: hit.part, origin, start, box };
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const current = drag.current;
    if (!view) return;
    if (!current) {
      const slop = { width: HANDLE_SLOP / (image.width * view.scale), height: HANDLE_SLOP / (image.height * view.scale) };
      const cursor = cursorForHit(hitTestBoxes(boxes, screenToFraction(view, image, screenPoint(event)), slop, selectedIndex));
      if (cursor !== hoverCursor) setHoverCursor(cursor);
      return;
    }
    if (current.mode === "pan") {
      pan(event.clientX - current.last.x, event.clientY - current.last.y);
      current.last = { x: event.clientX, y: event.clientY };
      return;
    }
    if (current.mode !== "draw" && isClick(current, event)) return;
    setDraft(draftFor(current, event, view));
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    const current = drag.current;
    drag.current = null;
    setDraft(null);
    setIsPanning(false);
    if (!current || !view || current.mode === "pan") return;
    const result = draftFor(current, event, view);
    if (!result) return;
    if (current.mode === "draw") {
      const size = screenSize(result.box, image, view.scale);
      if (size.width < DRAW_MIN || size.height < DRAW_MIN) return onSelect(null);
      onChange([...boxes, result.box]);
      return onSelect(boxes.length);
    }
    if (isClick(current, event)) return;
    onChange(boxes.map((box, index) => (index === current.index ? result.box : box)));
  }

  function onPointerCancel() {
    drag.current = null;
    setDraft(null);
    setIsPanning(false);
  }

  const cursor = isPanning ? "grabbing" : isPanKeyHeld ? "grab" : hoverCursor;
  return { draft, cursor, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel } };
}
