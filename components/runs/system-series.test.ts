import { describe, expect, it } from "vitest";
import type { TRunSystem, TSystemWorker } from "@/lib/runs/system-schemas";
import { GIB, refreshEvery, toCharts } from "./system-series";

const stat = (mean: number, min = mean, max = mean) => ({ mean, min, max });
const worker: TSystemWorker = { id: "w", hostname: "gpu-box", cpuCores: 8, memoryBytes: 64 * GIB, gpus: [{ index: 0, name: "H100", memoryBytes: 80 * GIB }] };

function systemOf(points: TRunSystem["points"], span = 60): TRunSystem {
  return { worker, from: 1000, to: 1000 + span, total: points.length, isDownsampled: false, points };
}

describe("a run's system series", () => {
  it("are CPU in %, memory in GiB, and a series per GPU known or reporting", () => {
    const charts = toCharts(
      systemOf([
        { time: 1003, count: 1, cpuPercent: stat(10), memoryUsedBytes: stat(2 * GIB), gpus: [{ index: 0, utilisationPercent: stat(50, 40, 60), memoryUsedBytes: stat(8 * GIB) }] },
        { time: 1006, count: 2, cpuPercent: stat(20, 5, 35), memoryUsedBytes: stat(3 * GIB, 2 * GIB, 4 * GIB), gpus: [{ index: 1, utilisationPercent: stat(90), memoryUsedBytes: stat(GIB) }] },
      ]),
      worker,
    );
    expect(charts.cpu).toEqual([{ id: "cpu", name: "CPU", points: [{ step: 0, time: 1003, value: 10, min: 10, max: 10 }, { step: 1, time: 1006, value: 20, min: 5, max: 35 }] }]);
    expect(charts.memory[0].points[1]).toEqual({ step: 1, time: 1006, value: 3, min: 2, max: 4 });
    // GPU 1 is not among the worker's GPUs, yet it reported: drawn, named by its index.
    expect(charts.gpuUtilisation.map((series) => [series.name, series.points.map((point) => point.value)])).toEqual([
      ["GPU 0: H100", [50]],
      ["GPU 1", [90]],
    ]);
    expect(charts.gpuMemory[0].points[0]).toMatchObject({ time: 1003, value: 8 });
  });

  it("have no GPU series on a worker without GPUs", () => {
    const charts = toCharts(systemOf([{ time: 1003, count: 1, cpuPercent: stat(1), memoryUsedBytes: stat(GIB), gpus: [] }]), { ...worker, gpus: [] });
    expect(charts.gpuUtilisation).toEqual([]);
    expect(charts.gpuMemory).toEqual([]);
  });

  it("refresh every 5 s while short, about once a bucket when longer, at most once a minute", () => {
    expect(refreshEvery(undefined)).toBe(5000);
    expect(refreshEvery(systemOf([], 600))).toBe(5000);
    expect(refreshEvery(systemOf([], 6 * 3600))).toBe(36_000);
    expect(refreshEvery(systemOf([], 4 * 86_400))).toBe(60_000);
  });
});
