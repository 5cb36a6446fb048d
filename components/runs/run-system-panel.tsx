"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { MetricChart } from "@/components/charts/metric-chart";
import type { TMetricSeries } from "@/components/charts/metric-values";
import { formatBytes } from "@/components/workers/worker-view";
import { Card } from "@/components/ui/card";
import { CHART_BUCKETS } from "@/lib/runs/schemas";
import type { TRunSystem, TSystemWorker } from "@/lib/runs/system-schemas";
import { fetchJson } from "./fetch-json";
import { GIB, refreshEvery, toCharts, type TCharts } from "./system-series";
import viewStyles from "./run-view.module.css";
import styles from "./run-system-panel.module.css";

const CHART_HEIGHT = 160;
const NUMBER = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });

function describeWorker(worker: TSystemWorker) {
  const parts = [worker.hostname];
  if (worker.cpuCores) parts.push(`${worker.cpuCores} CPU cores`);
  if (worker.memoryBytes) parts.push(`${formatBytes(worker.memoryBytes)} memory`);
  // "2 × NVIDIA H100 80GB HBM3 (80 GiB)": alike GPUs once, counted.
  const gpuCounts = new Map<string, number>();
  for (const gpu of worker.gpus) {
    const label = `${gpu.name} (${formatBytes(gpu.memoryBytes)})`;
    gpuCounts.set(label, (gpuCounts.get(label) ?? 0) + 1);
  }
  for (const [label, count] of gpuCounts) parts.push(count > 1 ? `${count} × ${label}` : label);
  return parts.join(" · ");
}

type TLoadChartProps = { title: string; unit: "%" | "GiB"; series: TMetricSeries[]; timeOrigin: number; max: number };

/** One quantity over the run: each bucket's mean as the line, its lowest to highest sample as the band. */
function LoadChart({ title, unit, series, timeOrigin, max }: TLoadChartProps) {
  const label = `${title} (${unit})`;
  return (
    <section className={styles.chart} aria-label={`${title} chart`}>
      <h3 className={styles.title}>{title}</h3>
      <MetricChart
        metric={title}
        series={series}
        x="time"
        smoothing={0}
        isLogScale={false}
        height={CHART_HEIGHT}
        timeOrigin={timeOrigin}
        valueAxis={{ max, label }}
        formatValue={(value) => `${NUMBER.format(value)} ${unit}`}
        hasSteps={false}
      />
    </section>
  );
}

type TSystemBodyProps = { system: TRunSystem; worker: TSystemWorker; charts: TCharts; isRunning: boolean };

/** The charts, or why there are none yet. */
function SystemCharts({ system, worker, charts, isRunning }: TSystemBodyProps) {
  if (system.points.length === 0) {
    return (
      <p className={styles.note}>
        {isRunning ? `Waiting for ${worker.hostname}'s next heartbeat…` : `No load samples from ${worker.hostname} during this run (they are kept for 30 days).`}
      </p>
    );
  }
  const gpuMemoryMax = Math.max(0, ...worker.gpus.map((gpu) => gpu.memoryBytes)) / GIB;
  return (
    <div className={styles.grid} data-points={system.points.length}>
      <LoadChart title="CPU" unit="%" series={charts.cpu} timeOrigin={system.from} max={100} />
      <LoadChart title="Memory used" unit="GiB" series={charts.memory} timeOrigin={system.from} max={(worker.memoryBytes ?? 0) / GIB} />
      {charts.gpuUtilisation.length > 0 && (
        <>
          <LoadChart title="GPU utilisation" unit="%" series={charts.gpuUtilisation} timeOrigin={system.from} max={100} />
          <LoadChart title="GPU memory used" unit="GiB" series={charts.gpuMemory} timeOrigin={system.from} max={gpuMemoryMax} />
        </>
      )}
    </div>
  );
}

/** The run's worker's load while it ran (from the worker's heartbeats), refreshed while it runs. */
export function RunSystemPanel({ runId, isRunning }: { runId: string; isRunning: boolean }) {
  // A key of its own once the run ends: one last read, with the run's end as the window's.
  const system = useQuery({
    queryKey: ["run-system", runId, isRunning],
    queryFn: () => fetchJson<TRunSystem>(`/api/v1/runs/${runId}/system?buckets=${CHART_BUCKETS}`),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (isRunning ? refreshEvery(query.state.data) : false),
  });
  const { data } = system;
  const worker = data?.worker;
  const charts = useMemo(() => (data && worker ? toCharts(data, worker) : null), [data, worker]);
  const description = worker
    ? `${describeWorker(worker)}${data?.isDownsampled ? ". Lines show the mean of each stretch of samples, bands their range." : ""}`
    : undefined;
  return (
    <Card title="System" description={description}>
      {system.isError && (
        <p className={viewStyles.error} role="alert">
          Could not {data ? "refresh" : "load"} the system charts: {system.error.message}
        </p>
      )}
      {!data ? (
        !system.isError && (
          <div className={viewStyles.chartLoading} style={{ height: CHART_HEIGHT }} aria-busy="true">
            Loading system charts…
          </div>
        )
      ) : worker && charts ? (
        <SystemCharts system={data} worker={worker} charts={charts} isRunning={isRunning} />
      ) : (
        <p className={styles.note}>This run was not logged from a worker, so it has no system charts.</p>
      )}
    </Card>
  );
}
