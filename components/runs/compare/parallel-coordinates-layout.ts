// Where a parallel-coordinates chart draws what: an axis a param, spaced evenly, the metric's
// axis last, and a polyline a run through its values. Numeric params are scaled from their
// lowest to their highest value (on a log scale when they span two decades or more, as
// learning rates do); other params are categories, spaced evenly in sorted order.
import { formatCompactNumber } from "@/components/charts/format-number";
import { niceTicks } from "@/components/charts/nice-ticks";
import { sequentialColour } from "@/components/charts/series-colours";
import { formatFact } from "../run-facts";

export type TParallelRun = { id: string; name: string; params: Record<string, unknown>; value: number | null };

type TLayoutOptions = {
  runs: readonly TParallelRun[];
  paramKeys: readonly string[];
  /** The metric's axis title: "loss (last)". */
  metricLabel: string;
  /** The width there is; the chart takes more when its axes need it. */
  width: number;
  height: number;
};

export type TAxisKind = "linear" | "log" | "categorical";
export type TAxisTick = { y: number; label: string };
export type TParallelAxis = { key: string; title: string; label: string; x: number; kind: TAxisKind; ticks: TAxisTick[]; isMetric: boolean };
export type TParallelPoint = { x: number; y: number };
export type TParallelLine = {
  id: string;
  name: string;
  value: number | null;
  colour: string;
  /** One a axis, null where the run has no value there. */
  points: (TParallelPoint | null)[];
  /** An SVG path through the points, broken where one is missing. */
  path: string;
  /** The run's values in words, for its accessible name. */
  description: string;
};
export type TParallelLayout = { width: number; height: number; top: number; bottom: number; axes: TParallelAxis[]; lines: TParallelLine[] };

export const MARGIN = { top: 40, right: 72, bottom: 16, left: 88 };
/** The least room between two axes, so that their tick labels do not meet. */
export const MIN_AXIS_GAP = 120;
const MAX_TITLE = 18;
/** Tick labels stand left of their axis: short enough for the room before the first. */
const MAX_TICK_LABEL = 14;
/** Ticks closer than this (a fraction of the axis) to one already placed are left out. */
const MIN_TICK_GAP = 0.12;
const MISSING_COLOUR = "#9aa3b2";

type TScale = { kind: TAxisKind; at: (value: unknown) => number | null; ticks: Array<{ at: number; label: string }> };

export function truncateLabel(text: string, max = MAX_TITLE): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const isPresent = (value: unknown) => value !== undefined && value !== null;
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const formatCategory = (value: unknown) => String(formatFact(value));

/** Round ticks between the ends, each far enough from the ends and from each other. */
function spacedTicks(ends: Array<{ at: number; label: string }>, inner: Array<{ at: number; label: string }>) {
  const placed = [...ends];
  for (const tick of inner) if (placed.every((other) => Math.abs(other.at - tick.at) >= MIN_TICK_GAP)) placed.push(tick);
  return placed.sort((a, b) => a.at - b.at);
}

/** How an axis places values: a fraction of its height from the bottom, or null for none. */
export function scaleFor(values: readonly unknown[]): TScale {
  const present = values.filter(isPresent);
  if (present.length > 0 && present.every(isNumber)) {
    const min = Math.min(...present);
    const max = Math.max(...present);
    if (min === max) return { kind: "linear", at: (value) => (isNumber(value) ? 0.5 : null), ticks: [{ at: 0.5, label: formatCompactNumber(min) }] };
    const isLog = min > 0 && max / min >= 100;
    const toAxis = isLog ? Math.log10 : (value: number) => value;
    const [low, high] = [toAxis(min), toAxis(max)];
    const at = (value: unknown) => (isNumber(value) && (!isLog || value > 0) ? (toAxis(value) - low) / (high - low) : null);
    const ends = [min, max].map((value) => ({ at: at(value)!, label: formatCompactNumber(value) }));
    const inner = isLog
      ? niceTicks(Math.ceil(low), Math.floor(high), 6, 1).map((exponent) => Number(`1e${exponent}`))
      : niceTicks(min, max, 5);
    return { kind: isLog ? "log" : "linear", at, ticks: spacedTicks(ends, inner.map((value) => ({ at: at(value)!, label: formatCompactNumber(value) }))) };
  }
  const categories = [...new Set(present.map(formatCategory))].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const fractionOf = (index: number) => (categories.length === 1 ? 0.5 : index / (categories.length - 1));
  return {
    kind: "categorical",
    at: (value) => (isPresent(value) ? fractionOf(categories.indexOf(formatCategory(value))) : null),
    ticks: categories.map((category, index) => ({ at: fractionOf(index), label: truncateLabel(category, MAX_TICK_LABEL) })),
  };
}

function pathThrough(points: readonly (TParallelPoint | null)[]): string {
  let path = "";
  let isDrawing = false;
  for (const point of points) {
    if (!point) {
      isDrawing = false;
      continue;
    }
    path += `${path ? " " : ""}${isDrawing ? "L" : "M"}${round(point.x)} ${round(point.y)}`;
    isDrawing = true;
  }
  return path;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function layoutParallelCoordinates({ runs, paramKeys, metricLabel, width, height }: TLayoutOptions): TParallelLayout {
  const columns = [
    ...paramKeys.map((key) => ({ key, title: key, isMetric: false, values: runs.map((run) => run.params[key]) })),
    { key: "metric", title: metricLabel, isMetric: true, values: runs.map((run) => run.value) },
  ];
  const drawnWidth = Math.max(width, MARGIN.left + MARGIN.right + (columns.length - 1) * MIN_AXIS_GAP);
  const gap = columns.length > 1 ? (drawnWidth - MARGIN.left - MARGIN.right) / (columns.length - 1) : 0;
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom;
  const yOf = (fraction: number) => bottom - fraction * (bottom - top);
  const scales = columns.map((column) => scaleFor(column.values));
  const axes = columns.map((column, index): TParallelAxis => ({
    key: column.key,
    title: column.title,
    label: truncateLabel(column.title),
    x: columns.length > 1 ? MARGIN.left + index * gap : drawnWidth / 2,
    kind: scales[index].kind,
    ticks: scales[index].ticks.map((tick) => ({ y: round(yOf(tick.at)), label: tick.label })),
    isMetric: column.isMetric,
  }));
  const metricScale = scales[scales.length - 1];
  const lines = runs.map((run, runIndex): TParallelLine => {
    const points = columns.map((column, index) => {
      const fraction = scales[index].at(column.values[runIndex]);
      return fraction === null ? null : { x: axes[index].x, y: yOf(fraction) };
    });
    const fraction = metricScale.at(run.value);
    const values = columns.map((column) => {
      const value = column.values[runIndex];
      return `${column.title} ${isPresent(value) ? formatCategory(value) : "not logged"}`;
    });
    return {
      id: run.id,
      name: run.name,
      value: run.value,
      colour: fraction === null ? MISSING_COLOUR : sequentialColour(fraction),
      points,
      path: pathThrough(points),
      description: `${run.name}: ${values.join(", ")}`,
    };
  });
  return { width: drawnWidth, height, top, bottom, axes, lines };
}
