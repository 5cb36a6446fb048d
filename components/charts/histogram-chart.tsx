"use client";
import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCompactNumber } from "./format-number";
import { niceTicks } from "./nice-ticks";
import { seriesColour } from "./series-colours";
import { StepSlider } from "./step-slider";
import { useStepSelection } from "./use-step-selection";
import cartesian from "./cartesian-chart.module.css";
import styles from "./histogram-chart.module.css";

export type THistogramStep = {
  step: number;
  /** Bin edges, one more than counts: bin i spans edges[i] to edges[i + 1]. */
  edges: number[];
  counts: number[];
};

export type THistogramChartProps = { name: string; steps: THistogramStep[]; height?: number };

type TBin = { from: number; to: number; middle: number; count: number };

/** The distribution of a logged tensor (weights, gradients, activations) at one step. */
export function HistogramChart({ name, steps, height = 240 }: THistogramChartProps) {
  const stepNumbers = useMemo(() => steps.map((entry) => entry.step), [steps]);
  const { index, select, isLatest } = useStepSelection(stepNumbers);
  const current = steps.at(index);
  const bins = useMemo<TBin[]>(
    () =>
      current?.counts.map((count, bin) => {
        const from = current.edges[bin];
        const to = current.edges[bin + 1];
        return { from, to, middle: (from + to) / 2, count };
      }) ?? [],
    [current],
  );
  if (!current) {
    return <EmptyState size="inline" title="No histogram yet" description={`${name} appears here when the run logs it.`} />;
  }
  const domain: [number, number] = [current.edges[0], current.edges[current.edges.length - 1]];
  return (
    <figure className={styles.figure} aria-label={`${name}, histogram at step ${current.step}`}>
      <StepSlider steps={stepNumbers} index={index} isLatest={isLatest} onSelect={select} />
      <div className={cartesian.chart} style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={bins} barCategoryGap={1} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} />
            <XAxis
              dataKey="middle"
              type="number"
              domain={domain}
              ticks={niceTicks(domain[0], domain[1], 8)}
              tickFormatter={formatCompactNumber}
              height={40}
              label={{ value: "value", position: "insideBottom" }}
            />
            <YAxis tickFormatter={formatCompactNumber} allowDecimals={false} width={56} />
            <Tooltip
              isAnimationActive={false}
              cursor={{ fill: "#f1f3f6" /* --color-surface-muted */ }}
              content={({ active, activeIndex }) => {
                const bin = active && activeIndex != null ? bins[Number(activeIndex)] : undefined;
                return bin ? (
                  <div className={`${cartesian.tooltip} ${styles.tooltip}`}>
                    <span className={styles.range}>
                      {bin.from} to {bin.to}
                    </span>
                    <strong>{bin.count.toLocaleString("en")}</strong>
                  </div>
                ) : null;
              }}
            />
            <Bar dataKey="count" fill={seriesColour(0)} fillOpacity={0.75} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
