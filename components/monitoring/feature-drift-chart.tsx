"use client";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotProps } from "recharts";
import { formatCompactNumber } from "@/components/charts/format-number";
import { niceDomain, niceTicks } from "@/components/charts/nice-ticks";
import { timeTicks } from "@/components/charts/time-axis";
import cartesian from "@/components/charts/cartesian-chart.module.css";
import { describeRule, formatDriftValue, type TDriftMetric } from "./drift-metrics";
import type { TDriftPoint } from "./drift-series";
import styles from "./monitoring.module.css";

const HEIGHT = 180;
// Hex, not CSS variables: recharts writes colours into SVG attributes.
const LINE = "#3d4fd1"; // --color-accent
const DRIFTED = "#c8321f"; // --color-danger
const DAY = 86400;
const CLOCK = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const DAY_AND_CLOCK = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const FULL = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** The value axis: from 0 past the highest value and the threshold; a p-value's from 0 to 1. */
function valueAxis(points: TDriftPoint[], threshold: number | null, isProbability: boolean) {
  if (isProbability) return { domain: [0, 1] as [number, number], ticks: niceTicks(0, 1, 5) };
  // Room above the threshold for its label.
  const top = Math.max((threshold ?? 0) * 1.2, ...points.map((point) => point.value ?? 0));
  return top > 0 ? niceDomain(0, top, 5) : { domain: [0, 1] as [number, number], ticks: niceTicks(0, 1, 5) };
}

/** The time axis over the windows' ends; one window gets an hour of room around it. */
function timeAxis(points: TDriftPoint[]) {
  const first = points[0].at;
  const last = points[points.length - 1].at;
  const domain: [number, number] = first === last ? [first - 1800, last + 1800] : [first, last];
  // Round clock times fall on local midnight's offset.
  const ticks = timeTicks(domain[0], domain[1], new Date(first * 1000).getTimezoneOffset() * 60, 5);
  const format = domain[1] - domain[0] >= DAY ? DAY_AND_CLOCK : CLOCK;
  return { domain, ticks, formatTick: (seconds: number) => format.format(seconds * 1000) };
}

/** A window's point, red where the feature drifted in it. */
function WindowDot(props: DotProps & { payload?: TDriftPoint }) {
  const { cx, cy, payload } = props;
  if (cx === undefined || cy === undefined || payload?.value == null) return null;
  const isDrifted = payload.driftedBy.length > 0;
  return <circle cx={cx} cy={cy} r={isDrifted ? 4 : 2.5} fill={isDrifted ? DRIFTED : LINE} stroke="#ffffff" strokeWidth={1} />;
}

type TFeatureDriftChartProps = { feature: string; metric: TDriftMetric; points: TDriftPoint[]; threshold: number | null };

/** One feature's metric over the windows (x: the window's end), the threshold as a dashed line. */
export function FeatureDriftChart({ feature, metric, points, threshold }: TFeatureDriftChartProps) {
  const measured = points.filter((point) => point.value !== null).length;
  const x = timeAxis(points);
  const y = valueAxis(points, threshold, Boolean(metric.isProbability));
  const latest = points[points.length - 1];
  return (
    <figure className={styles.multiple} data-testid="drift-chart" data-feature={feature} data-windows={points.length} data-measured={measured} aria-label={`${metric.label} of ${feature} by window`}>
      <figcaption className={styles.multipleTitle}>
        <span>{feature}</span>
        <span className={styles.muted}>
          latest {formatDriftValue(latest.value)}
          {latest.driftedBy.length > 0 && " · drifted"}
        </span>
      </figcaption>
      {measured === 0 ? (
        <p className={styles.muted} style={{ height: HEIGHT }}>
          Not measured in any window yet: the requests had no values of it.
        </p>
      ) : (
        <div className={cartesian.chart} style={{ height: HEIGHT }}>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid vertical={false} />
              <XAxis dataKey="at" type="number" domain={x.domain} ticks={x.ticks} tickFormatter={x.formatTick} height={40} label={{ value: "window end (local time)", position: "insideBottom" }} />
              <YAxis
                domain={y.domain}
                ticks={y.ticks}
                tickFormatter={formatCompactNumber}
                width={56}
                label={{ value: metric.axisLabel, angle: -90, position: "insideLeft", style: { textAnchor: "middle" } }}
              />
              {threshold !== null && <ReferenceLine y={threshold} stroke={DRIFTED} strokeDasharray="4 3" ifOverflow="extendDomain" label={{ value: `threshold ${threshold}`, position: "insideBottomRight", fill: DRIFTED, fontSize: 11 }} />}
              <Tooltip
                isAnimationActive={false}
                content={({ active, payload }) => {
                  const point = active ? (payload?.[0]?.payload as TDriftPoint | undefined) : undefined;
                  if (!point) return null;
                  return (
                    <div className={cartesian.tooltip}>
                      <div>{FULL.format(point.at * 1000)}</div>
                      <div>
                        {metric.label}: <strong>{formatDriftValue(point.value)}</strong> · {point.rows} rows
                      </div>
                      {point.driftedBy.length > 0 && <div>Drifted by {point.driftedBy.map(describeRule).join(", ")}</div>}
                    </div>
                  );
                }}
              />
              <Line dataKey="value" stroke={LINE} strokeWidth={1.5} dot={<WindowDot />} activeDot={{ r: 4 }} isAnimationActive={false} connectNulls={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
