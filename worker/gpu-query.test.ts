// nvidia-smi's CSV (--format=csv,noheader,nounits) as it prints it, including the "[N/A]"
// a GPU answers for a figure it cannot report.
import { describe, expect, it } from "vitest";
import { parseGpuList, parseGpuUsage } from "./gpu-query";

describe("nvidia-smi parsing", () => {
  it("reads GPUs with their memory in bytes", () => {
    const csv = "0, NVIDIA H100 80GB HBM3, 81559\n1, NVIDIA H100 80GB HBM3, 81559\n";
    expect(parseGpuList(csv)).toEqual([
      { index: 0, name: "NVIDIA H100 80GB HBM3", memoryBytes: 81559 * 1024 * 1024 },
      { index: 1, name: "NVIDIA H100 80GB HBM3", memoryBytes: 81559 * 1024 * 1024 },
    ]);
    expect(parseGpuList("")).toEqual([]);
  });

  it("reads utilisation and memory in use, with unreported figures as 0", () => {
    expect(parseGpuUsage("0, 87, 40960\n1, [N/A], [N/A]\n")).toEqual([
      { index: 0, utilisationPercent: 87, memoryUsedBytes: 40960 * 1024 * 1024 },
      { index: 1, utilisationPercent: 0, memoryUsedBytes: 0 },
    ]);
  });
});
