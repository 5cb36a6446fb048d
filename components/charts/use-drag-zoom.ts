import { useMemo, useState } from "react";
import type { MouseHandlerDataParam } from "recharts";

export type TZoomRange = { from: number; to: number };

type TDragZoomOptions<TRow, TAxis> = {
  rows: readonly TRow[];
  /** The x axis in use: a zoom made on another axis no longer applies. */
  axis: TAxis;
  onZoom?: (range: TZoomRange | null) => void;
};

/**
 * Zoom by dragging across an x range of a recharts chart: spread `handlers` on the chart,
 * draw `visibleRows`, and show `drag` as a ReferenceArea while it lasts.
 */
export function useDragZoom<TRow extends { x: number }, TAxis>({ rows, axis, onZoom }: TDragZoomOptions<TRow, TAxis>) {
  const [zoomed, setZoomed] = useState<{ axis: TAxis; range: TZoomRange } | null>(null);
  const [drag, setDrag] = useState<TZoomRange | null>(null);
  const zoom = zoomed?.axis === axis ? zoomed.range : null;
  const visibleRows = useMemo(() => (zoom ? rows.filter((row) => row.x >= zoom.from && row.x <= zoom.to) : rows), [rows, zoom]);
  // recharts reports the hovered row by its index in the data it was given.
  const hoveredX = (state: MouseHandlerDataParam) =>
    state.activeTooltipIndex == null ? undefined : visibleRows[Number(state.activeTooltipIndex)]?.x;
  const handlers = {
    onMouseDown: (state: MouseHandlerDataParam) => {
      const x = hoveredX(state);
      if (x !== undefined) setDrag({ from: x, to: x });
    },
    onMouseMove: (state: MouseHandlerDataParam) => {
      const x = hoveredX(state);
      if (drag && x !== undefined && x !== drag.to) setDrag({ from: drag.from, to: x });
    },
    onMouseUp: () => {
      if (drag && drag.from !== drag.to) {
        const range = { from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) };
        setZoomed({ axis, range });
        onZoom?.(range);
      }
      setDrag(null);
    },
    onMouseLeave: () => setDrag(null),
  };
  const reset = () => {
    setZoomed(null);
    onZoom?.(null);
  };
  return { zoom, visibleRows, drag, handlers, reset };
}
