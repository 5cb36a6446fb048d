"use client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { MetricChart } from "@/components/charts/metric-chart";
import type { TMetricChartSettings } from "@/components/charts/metric-chart-controls";
import { downsampleMinMax } from "@/components/charts/downsample-min-max";
import type { TMetricPoint } from "@/components/charts/metric-values";
import type { TZoomRange } from "@/components/charts/use-drag-zoom";
import { metricCsvUrl } from "@/lib/runs/download-urls";
import { CHART_BUCKETS, type TMetricSeries } from "@/lib/runs/schemas";
import { metricSeriesQuery } from "./metric-series-query";
import styles from "./run-view.module.css";

type TMetricPanelProps = {
  runId: string;
  metric: string;
  /** The whole range as the page's server read it, when it did: drawn without a request. */
  initialSeries?: TMetricSeries;
  livePoints: TMetricPoint[];
  settings: TMetricChartSettings;
  timeOrigin: number;
};

/** One metric's chart: the stored points (downsampled by the server), then those arriving
 * live; dragging over it zooms in, and the server sends that range's detail. */
export function MetricPanel({ runId, metric, initialSeries, livePoints, settings, timeOrigin }: TMetricPanelProps) {
  const [zoom, setZoom] = useState<TZoomRange | null>(null);
  const stepZoom = settings.x === "step" ? zoom : null; // a time range is not a step range: zoom by step only
  const stored = useQuery({ ...metricSeriesQuery(runId, metric, stepZoom), initialData: stepZoom ? undefined : initialSeries });
  const lastStored = stored.data?.points.at(-1)?.step ?? -1;
  const arrived = stepZoom ? [] : livePoints.filter((point) => point.step > lastStored);
  const merged = [...(stored.data?.points ?? []), ...arrived];
  const points = merged.length > 4 * CHART_BUCKETS ? downsampleMinMax(merged, CHART_BUCKETS) : merged;

  return (
    <section className={styles.panel} aria-label={`${metric} chart`} data-metric={metric} data-points={points.length}>
      <header className={styles.panelHeader}>
        <h3 className={styles.panelTitle}>{metric}</h3>
        <div className={styles.panelActions}>
          {stepZoom && (
            <button type="button" className={styles.linkButton} onClick={() => setZoom(null)}>
              Reset zoom
            </button>
          )}
          <a className={styles.linkButton} href={metricCsvUrl(runId, metric)} download aria-label={`Download every point of ${metric} as CSV`}>
            CSV
          </a>
        </div>
      </header>
      {stored.isError ? (
        <p className={styles.error} role="alert">
          {stored.error.message}
        </p>
      ) : stored.isPending ? (
        <div className={styles.chartLoading} aria-busy="true">
          Loading {metric}…
        </div>
      ) : (
        <MetricChart metric={metric} series={[{ id: runId, name: metric, points: [...points] }]} {...settings} timeOrigin={timeOrigin} onZoom={setZoom} />
      )}
    </section>
  );
}
