"use client";
import { Area, AreaChart, YAxis } from "recharts";
import styles from "./sparkline.module.css";

export type TSparkPoint = { at: number; value: number };

type TSparklineProps = {
  points: TSparkPoint[];
  /** The top of the scale (100 for percentages). */
  max: number;
  /** What the line shows, for screen readers (e.g. "CPU over the last 2 minutes"). */
  label: string;
  tone?: "accent" | "success" | "warning";
  width?: number;
  height?: number;
};

const COLOURS = {
  accent: { stroke: "#3d4fd1", fill: "#3d4fd1" },
  success: { stroke: "#17794a", fill: "#17794a" },
  warning: { stroke: "#9a5b05", fill: "#9a5b05" },
};

/** A small line of recent values without axes: the shape of the load, not its numbers. */
export function Sparkline({ points, max, label, tone = "accent", width = 112, height = 28 }: TSparklineProps) {
  const colour = COLOURS[tone];
  if (points.length < 2) return <span className={styles.empty} style={{ width, height }} role="img" aria-label={`${label}: not enough samples yet`} />;
  return (
    <span className={styles.chart} role="img" aria-label={label} style={{ width, height }}>
      <AreaChart width={width} height={height} data={points} margin={{ top: 2, right: 0, bottom: 0, left: 0 }}>
        <YAxis hide domain={[0, max]} />
        <Area
          type="monotone"
          dataKey="value"
          stroke={colour.stroke}
          strokeWidth={1.5}
          fill={colour.fill}
          fillOpacity={0.12}
          isAnimationActive={false}
          dot={false}
          activeDot={false}
        />
      </AreaChart>
    </span>
  );
}
