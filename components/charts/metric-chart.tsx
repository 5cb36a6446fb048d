"use client";
import { useMemo } from "react";
import { Area, CartesianGrid, ComposedChart, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCompactNumber } from "./format-number";
import { logAxis } from "./log-axis";
import { niceDomain, niceTicks } from "./nice-ticks";
import { buildMetricRows, drawnExtent } from "./metric-rows";
import { MetricChartFooter } from "./metric-chart-footer";
import { MetricTooltip } from "./metric-tooltip";
import type { TMetricSeries } from "./metric-values";
import { seriesColour } from "./series-colours";
import { formatClock, formatElapsed, timeTicks } from "./time-axis";
import { useDragZoom, type TZoomRange } from "./use-drag-zoom";
import cartesian from "./cartesian-chart.module.css";
import styles from "./metric-chart.module.css";

export type { TMetricPoint, TMetricSeries, TMetricValue } from "./metric-values";
export type { TZoomRange } from "./use-drag-zoom";

export type TMetricChartProps = {
  metric: string;
  /** One line per series (several when comparing runs); colours follow the order. */
  series: TMetricSeries[];
  x: "step" | "time";
  /** 0 to 0.99: the weight of TensorBoard's debiased moving average; 0 draws raw values only. */
  smoothing: number;
  isLogScale: boolean;
  height?: number;
  /** The series' colours, in series order; the studio's palette when left out. */
  colours?: readonly string[];
  /** The y axis' title (the metric, with its unit when it has one); none when left out. */
  yLabel?: string;
  /** Epoch seconds the time axis counts from (the run's start); without it the axis shows clock time. */
  timeOrigin?: number;
  /**
   * Called with the x range (steps, or epoch seconds) dragged across, and with null when the
   * zoom is reset; the chart zooms by itself, so the page only fetches finer points. A change
   * of `x` drops the zoom without a call.
   */
  onZoom?: (range: TZoomRange | null) => void;
  /** A value axis from 0 to max (or the highest value), labelled: a load in %, or memory up to the machine's. */
  valueAxis?: { max: number; label: string };
  /** How the tooltip writes a value (with its unit, say); exactly as logged unless given. */
  formatValue?: (value: number) => string;
  /** False when the points' steps mean nothing (samples in time): the tooltip leaves them out. */
  hasSteps?: boolean;
};

const X_LABELS = { step: "step", time: "time" };
const SELECTION_FILL = "#3d4fd1"; // --color-accent

/** One metric over steps or time, with the exact values on hover and non-finite values counted below. */
export function MetricChart(props: TMetricChartProps) {
  const { metric, series, x, smoothing, isLogScale, height = 240, colours: given, timeOrigin, onZoom, valueAxis, formatValue, hasSteps } = props;
  const yLabel = props.yLabel ?? valueAxis?.label;
  const rows = useMemo(() => buildMetricRows({ series, x, smoothing, isLogScale }), [series, x, smoothing, isLogScale]);
  const { zoom, visibleRows, drag, handlers, reset } = useDragZoom({ rows, axis: x, onZoom });
  const extent = useMemo(() => drawnExtent(visibleRows), [visibleRows]);

  if (series.every((one) => one.points.length === 0)) {
    return (
      <div className={styles.empty} style={{ height }}>
        <EmptyState size="inline" title="No points yet" description={`Values of ${metric} appear here as the run logs them.`} />
      </div>
    );
  }

  const isSmoothed = smoothing > 0;
  const colours = series.map((_, index) => given?.[index] ?? seriesColour(index));
  const xDomain: [number, number] = zoom ? [zoom.from, zoom.to] : [visibleRows[0].x, visibleRows[visibleRows.length - 1].x];
  const formatX = (value: number) => {
    if (x === "step") return formatCompactNumber(value);
    return timeOrigin === undefined ? formatClock(value) : formatElapsed(value - timeOrigin);
  };
  const xTicks =
    x === "time" ? timeTicks(xDomain[0], xDomain[1], timeOrigin ?? localMidnightOrigin(xDomain[0])) : niceTicks(xDomain[0], xDomain[1], 6, 1);
  const yAxis = valueAxis ? fromZero(Math.max(valueAxis.max, extent?.[1] ?? 0)) : extent && (isLogScale ? logAxis(extent[0], extent[1]) : niceDomain(extent[0], extent[1]));

  return (
    <figure className={styles.figure} aria-label={`${metric} by ${X_LABELS[x]}`}>
      {zoom && (
        <button type="button" className={styles.resetZoom} onClick={reset}>
          Reset zoom
        </button>
      )}
      <div className={`${cartesian.chart} ${styles.chart}`} style={{ height }} onDoubleClick={zoom ? reset : undefined}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={visibleRows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} {...handlers}>
            <CartesianGrid vertical={false} />
            <XAxis
              dataKey="x"
              type="number"
              domain={xDomain}
              allowDataOverflow
              ticks={xTicks}
              tickFormatter={formatX}
              height={40}
              label={{ value: x === "time" && timeOrigin !== undefined ? "time since start" : X_LABELS[x], position: "insideBottom" }}
            />
            <YAxis
              scale={isLogScale ? "log" : "linear"}
              domain={yAxis?.domain ?? ["auto", "auto"]}
              ticks={yAxis?.ticks}
              tickFormatter={formatCompactNumber}
              width={64}
              label={yLabel && { value: yLabel, angle: -90, position: "insideLeft", style: { textAnchor: "middle" } }}
            />
            <Tooltip
              isAnimationActive={false}
              content={({ active, activeIndex }) => {
                const row = active && activeIndex != null ? visibleRows[Number(activeIndex)] : undefined;
                return row ? (
                  <MetricTooltip row={row} names={series.map((one) => one.name)} colours={colours} timeOrigin={timeOrigin} formatValue={formatValue} hasSteps={hasSteps} />
                ) : null;
              }}
            />
            {series.map((one, index) => (
              <Area
                key={`band-${one.id}`}
                dataKey={`band.${index}`}
                stroke="none"
                fill={colours[index]}
                fillOpacity={0.12}
                isAnimationActive={false}
                activeDot={false}
              />
            ))}
            {series.map((one, index) => (
              <Line
                key={`raw-${one.id}`}
                dataKey={`raw.${index}`}
                stroke={colours[index]}
                strokeOpacity={isSmoothed ? 0.25 : 1}
                strokeWidth={isSmoothed ? 1 : 1.5}
                dot={visibleRows.length === 1}
                activeDot={isSmoothed ? false : { r: 3 }}
                isAnimationActive={false}
              />
            ))}
            {isSmoothed &&
              series.map((one, index) => (
                <Line
                  key={`smoothed-${one.id}`}
                  dataKey={`smoothed.${index}`}
                  stroke={colours[index]}
                  strokeWidth={1.75}
                  dot={false}
                  activeDot={{ r: 3 }}
                  isAnimationActive={false}
                />
              ))}
            {drag && drag.from !== drag.to && <ReferenceArea x1={drag.from} x2={drag.to} fill={SELECTION_FILL} fillOpacity={0.08} />}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <MetricChartFooter series={series} colours={colours} isLogScale={isLogScale} />
    </figure>
  );
}

/** An axis from 0 to top, on round ticks below it. */
function fromZero(top: number): { domain: [number, number]; ticks: number[] } {
  const end = top > 0 ? top : 1;
  return { domain: [0, end], ticks: niceTicks(0, end, 5) };
}

/** Clock ticks fall on round local times when counted from local midnight's offset. */
function localMidnightOrigin(epochSeconds: number): number {
  return new Date(epochSeconds * 1000).getTimezoneOffset() * 60;
}
