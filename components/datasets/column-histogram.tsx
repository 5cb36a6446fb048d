"use client";
import { Bar, BarChart, YAxis } from "recharts";
import { seriesColour } from "@/components/charts/series-colours";
import styles from "./column-stats.module.css";

const WIDTH = 120;
const HEIGHT = 40;

/** A numeric column's distribution as a small bar chart without axes: its shape, not its numbers. */
export function ColumnHistogram({ counts, label }: { counts: number[]; label: string }) {
  const bins = counts.map((count, bin) => ({ bin, count }));
  return (
    <span className={styles.histogram} role="img" aria-label={label} style={{ width: WIDTH, height: HEIGHT }}>
      <BarChart width={WIDTH} height={HEIGHT} data={bins} barCategoryGap={1} margin={{ top: 2, right: 0, bottom: 0, left: 0 }}>
        <YAxis hide domain={[0, "dataMax"]} />
        <Bar dataKey="count" fill={seriesColour(0)} fillOpacity={0.7} isAnimationActive={false} />
      </BarChart>
    </span>
  );
}
