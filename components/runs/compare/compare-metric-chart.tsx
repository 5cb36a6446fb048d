"use client";
import { keepPreviousData, useQueries } from "@tanstack/react-query";
import { useId, useState } from "react";
import { MetricChart } from "@/components/charts/metric-chart";
import { MetricChartControls, type TMetricChartSettings } from "@/components/charts/metric-chart-controls";
import type { TZoomRange } from "@/components/charts/use-drag-zoom";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { TComparedRun } from "@/lib/runs/compare-schemas";
import { metricSeriesQuery } from "../metric-series-query";
import { MetricSelect } from "./metric-select";
import runView from "../run-view.module.css";
import styles from "./compare.module.css";

type TCompareMetricChartProps = {
  runs: readonly TComparedRun[];
  colours: readonly string[];
  metricKeys: readonly string[];
  commonMetricKeys: readonly string[];
  /** The metric shown first (else the first that every run logged). */
  initialMetric?: string;
};

const CHART_HEIGHT = 320;

/** One metric of every run that logged it, a line a run, over steps. */
export function CompareMetricChart({ runs, colours, metricKeys, commonMetricKeys, initialMetric }: TCompareMetricChartProps) {
  const [metric, setMetric] = useState(initialMetric ?? commonMetricKeys[0] ?? metricKeys[0] ?? "");
  const [settings, setSettings] = useState<TMetricChartSettings>({ x: "step", smoothing: 0, isLogScale: false });
  const [zoom, setZoom] = useState<TZoomRange | null>(null);
  const selectId = useId();
  const logging = runs.flatMap((run, index) => (run.metrics[metric] ? [{ run, colour: colours[index] }] : []));
  // As the page learns of more points (a live refresh), the lines fetch again, the old ones shown meanwhile.
  const results = useQueries({
    queries: logging.map(({ run }) => ({ ...metricSeriesQuery(run.id, metric, zoom, run.metrics[metric]?.count), placeholderData: keepPreviousData })),
  });
  const missing = runs.filter((run) => !run.metrics[metric]);
  const failed = results.flatMap((result, index) => (result.isError ? [`${logging[index].run.name}: ${result.error.message}`] : []));
  const series = logging.map(({ run }, index) => ({ id: run.id, name: run.name, points: [...(results[index].data?.points ?? [])] }));

  if (metricKeys.length === 0) {
    return (
      <Card title="Metrics">
        <EmptyState size="inline" title="No metrics to compare" description="None of these runs logged a metric yet: log one with run.log({...})." />
      </Card>
    );
  }
  const pickMetric = (next: string) => {
    setMetric(next);
    setZoom(null);
  };
  return (
    <Card title="Metrics" description="A line a run, by step. Drag across the chart to zoom in.">
      <div className={styles.chartSettings}>
        <span className={styles.field}>
          <label htmlFor={selectId}>Metric</label>
          <MetricSelect id={selectId} value={metric} onChange={pickMetric} metricKeys={metricKeys} commonMetricKeys={commonMetricKeys} />
          {zoom && (
            <button type="button" className={runView.linkButton} onClick={() => setZoom(null)}>
              Reset zoom
            </button>
          )}
        </span>
        <MetricChartControls value={settings} onChange={setSettings} isStepOnly />
      </div>
      {failed.length > 0 ? (
        <p className={runView.error} role="alert">
          Could not load {metric}: {failed.join("; ")}
        </p>
      ) : results.some((result) => result.isPending) ? (
        <div className={runView.chartLoading} style={{ height: CHART_HEIGHT }} aria-busy="true">
          Loading {metric}…
        </div>
      ) : (
        <MetricChart
          key={metric}
          metric={metric}
          series={series}
          colours={logging.map(({ colour }) => colour)}
          yLabel={metric}
          height={CHART_HEIGHT}
          {...settings}
          onZoom={setZoom}
        />
      )}
      {missing.length > 0 && <p className={styles.note}>Not logged by {missing.map((run) => run.name).join(", ")}.</p>}
    </Card>
  );
}
