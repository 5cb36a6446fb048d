"use client";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { TPoint, TSize } from "./box-geometry";
import { fitView, panBy, wheelZoomFactor, zoomAt, zoomLimits, type TView } from "./view-transform";

// A zoom belongs to the image it was made on: the next item opens fitted again.
type TZoom = { imageUrl: string; view: TView };

/**
 * The annotator's view of its image: fitted to the viewport (and refitted as the viewport
 * resizes) until the user zooms or pans, then theirs until they fit again or the image changes.
 * The wheel zooms around the pointer; it is a native listener because React's is passive.
 */
export function useFittedView(imageUrl: string, image: TSize) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<TSize | null>(null);
  const [zoom, setZoom] = useState<TZoom | null>(null);

  const fitted = viewport ? fitView(viewport, image) : null;
  const isFitted = zoom?.imageUrl !== imageUrl;
  const view = isFitted ? fitted : zoom.view;

  const change = (next: (view: TView) => TView) => {
    if (!fitted) return;
    setZoom((current) => ({ imageUrl, view: next(current?.imageUrl === imageUrl ? current.view : fitted) }));
  };

  const zoomAround = (point: TPoint, factor: number) => {
    if (fitted) change((current) => zoomAt(current, point, factor, zoomLimits(fitted.scale)));
  };

  const zoomCentre = (factor: number) => {
    if (viewport) zoomAround({ x: viewport.width / 2, y: viewport.height / 2 }, factor);
  };

  const onWheel = useEffectEvent((event: WheelEvent) => {
    const element = viewportRef.current;
    if (!element) return;
    event.preventDefault();
    const rect = element.getBoundingClientRect();
    zoomAround({ x: event.clientX - rect.left, y: event.clientY - rect.top }, wheelZoomFactor(event.deltaY, event.deltaMode));
  });

  useEffect(() => {
    const element = viewportRef.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setViewport({ width: entry.contentRect.width, height: entry.contentRect.height }));
    observer.observe(element);
    const listener = (event: WheelEvent) => onWheel(event);
    element.addEventListener("wheel", listener, { passive: false });
    return () => {
      observer.disconnect();
      element.removeEventListener("wheel", listener);
    };
  }, []);

  return {
    viewportRef,
    view,
    isFitted,
    zoomAround,
    zoomCentre,
    pan: (dx: number, dy: number) => change((current) => panBy(current, dx, dy)),
    fit: () => setZoom(null),
  };
}
