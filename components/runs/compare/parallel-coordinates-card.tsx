"use client";
import { useId, useMemo, useState } from "react";
import { toMetricNumber } from "@/components/charts/metric-values";
import { SegmentedControl } from "@/components/charts/segmented-control";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { TComparedMetric, TComparedRun } from "@/lib/runs/compare-schemas";
import { diffRows } from "./diff-rows";
import { MetricSelect } from "./metric-select";
import { ParallelCoordinates } from "./parallel-coordinates";
import type { TParallelRun } from "./parallel-coordinates-layout";
import styles from "./compare.module.css";

export type TFigure = "last" | "min" | "max";

const FIGURES = [
  { value: "last", label: "Last" },
  { value: "min", label: "Min" },
  { value: "max", label: "Max" },
] as const;

type TParallelCoordinatesCardProps = {
  runs: readonly TComparedRun[];
  paramKeys: readonly string[];
  metricKeys: readonly string[];
  commonMetricKeys: readonly string[];
  /** The metric and figure placed first (else the first common metric's last value). */
  initialMetric?: string;
  initialFigure?: TFigure;
};

/** A run's figure of a metric as a number to place, or null when it has none (or NaN). */
function figureOf(metric: TComparedMetric | undefined, figure: TFigure): number | null {
  const value = metric?.[figure] ?? null;
  if (value === null) return null;
  const number = toMetricNumber(value);
  return Number.isFinite(number) ? number : null;
}

/** Which params go with which results: the params as axes, a chosen metric's figure last. */
export function ParallelCoordinatesCard({ runs, paramKeys, metricKeys, commonMetricKeys, initialMetric, initialFigure = "last" }: TParallelCoordinatesCardProps) {
  const [metric, setMetric] = useState(initialMetric ?? commonMetricKeys[0] ?? metricKeys[0] ?? "");
  const [figure, setFigure] = useState<TFigure>(initialFigure);
  const [isOnlyDiffering, setOnlyDiffering] = useState(true);
  const selectId = useId();
  const differing = useMemo(
    () => diffRows(runs.map((run) => run.params), paramKeys).flatMap((row) => (row.isDifferent ? [row.key] : [])),
    [runs, paramKeys],
  );
  const axes = isOnlyDiffering ? differing : paramKeys;
  const placed = useMemo(
    (): TParallelRun[] => runs.map((run) => ({ id: run.id, name: run.name, params: run.params, value: figureOf(run.metrics[metric], figure) })),
    [runs, metric, figure],
  );
  const title = "Params against a metric";
  if (paramKeys.length === 0 || metricKeys.length === 0) {
    return (
      <Card title={title}>
        <EmptyState
          size="inline"
          title={paramKeys.length === 0 ? "No params to compare" : "No metrics to compare"}
          description="Parallel coordinates need runs that logged params (mlstudio.init(params={...})) and at least one metric."
        />
      </Card>
    );
  }
  return (
    <Card title={title} description="Parallel coordinates: an axis a param, a line a run, coloured by the metric.">
      <div className={styles.chartSettings}>
        <div className={styles.controls}>
          <span className={styles.field}>
            <label htmlFor={selectId}>Metric</label>
            <MetricSelect id={selectId} value={metric} onChange={setMetric} metricKeys={metricKeys} commonMetricKeys={commonMetricKeys} />
          </span>
          <SegmentedControl label="Value" options={FIGURES} value={figure} onChange={setFigure} />
        </div>
        <label className={styles.toggle}>
          <input type="checkbox" checked={isOnlyDiffering} onChange={(event) => setOnlyDiffering(event.target.checked)} />
          Only params that differ
        </label>
      </div>
      {axes.length === 0 ? (
        <p className={styles.note}>Every param is the same in these runs: untick “Only params that differ” to see them.</p>
      ) : (
        <ParallelCoordinates runs={placed} paramKeys={axes} metricLabel={`${metric} (${figure})`} />
      )}
    </Card>
  );
}
