// A run's system samples as the run page's charts draw them.
import type { TMetricSeries } from "@/components/charts/metric-values";
import { CHART_BUCKETS } from "@/lib/runs/schemas";
import type { TRunSystem, TSampleStat, TSystemPoint, TSystemWorker } from "@/lib/runs/system-schemas";

export const GIB = 1024 ** 3;

// While the run runs, about once per bucket's width of new time: every 5 s for a short run,
// at most once a minute for a long one (whose every refetch reads days of samples).
export function refreshEvery(system: TRunSystem | undefined) {
  const bucketSeconds = system ? (system.to - system.from) / CHART_BUCKETS : 0;
  return Math.min(60_000, Math.max(5000, bucketSeconds * 1000));
}

export type TCharts = { cpu: TMetricSeries[]; memory: TMetricSeries[]; gpuUtilisation: TMetricSeries[]; gpuMemory: TMetricSeries[] };

/** The samples as chart series: CPU and memory, and per GPU (those known, and those that reported). */
export function toCharts(system: TRunSystem, worker: TSystemWorker): TCharts {
  const pointOf = (point: TSystemPoint, step: number, stat: TSampleStat, scale = 1) => ({
    step,
    time: point.time,
    value: stat.mean / scale,
    min: stat.min / scale,
    max: stat.max / scale,
  });
  const names = new Map(worker.gpus.map((gpu) => [gpu.index, gpu.name]));
  const indices = [...new Set([...names.keys(), ...system.points.flatMap((point) => point.gpus.map((gpu) => gpu.index))])].sort((a, b) => a - b);
  const gpuSeries = (kind: "utilisationPercent" | "memoryUsedBytes", scale: number) =>
    indices.map((index) => ({
      id: `gpu-${index}`,
      name: names.has(index) ? `GPU ${index}: ${names.get(index)}` : `GPU ${index}`,
      points: system.points.flatMap((point, step) => point.gpus.filter((gpu) => gpu.index === index).map((gpu) => pointOf(point, step, gpu[kind], scale))),
    }));
  return {
    cpu: [{ id: "cpu", name: "CPU", points: system.points.map((point, step) => pointOf(point, step, point.cpuPercent)) }],
    memory: [{ id: "memory", name: "Memory used", points: system.points.map((point, step) => pointOf(point, step, point.memoryUsedBytes, GIB)) }],
    gpuUtilisation: gpuSeries("utilisationPercent", 1),
    gpuMemory: gpuSeries("memoryUsedBytes", GIB),
  };
}
