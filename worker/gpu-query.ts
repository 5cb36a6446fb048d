// NVIDIA GPUs through nvidia-smi, bounded by a timeout (a wedged driver must not stall the
// worker). No nvidia-smi, or an error, means no NVIDIA GPUs to report.
import { execFile } from "node:child_process";

export type TGpuInfo = { index: number; name: string; memoryBytes: number };
export type TGpuUsage = { index: number; utilisationPercent: number; memoryUsedBytes: number };

const MIB = 1024 * 1024;

function runNvidiaSmi(fields: string, timeoutMs: number) {
  return new Promise<string | null>((resolve) => {
    execFile("nvidia-smi", [`--query-gpu=${fields}`, "--format=csv,noheader,nounits"], { timeout: timeoutMs }, (error, stdout) =>
      resolve(error ? null : stdout),
    );
  });
}

/** "[N/A]" and friends read as 0: a GPU that cannot report a figure still exists. */
function number(text: string | undefined) {
  const value = Number.parseFloat(text ?? "");
  return Number.isFinite(value) ? value : 0;
}

function rows(csv: string) {
  return csv
    .split("\n")
    .map((line) => line.split(",").map((cell) => cell.trim()))
    .filter((cells) => cells.length > 1 && cells[0] !== "");
}

/** Lines of `index, name, memory.total` (MiB). */
export function parseGpuList(csv: string): TGpuInfo[] {
  return rows(csv).map(([index, name, memory]) => ({ index: number(index), name: name ?? "GPU", memoryBytes: number(memory) * MIB }));
}

/** Lines of `index, utilization.gpu` (%), `memory.used` (MiB). */
export function parseGpuUsage(csv: string): TGpuUsage[] {
  return rows(csv).map(([index, utilisation, memory]) => ({
    index: number(index),
    utilisationPercent: Math.min(100, Math.max(0, number(utilisation))),
    memoryUsedBytes: number(memory) * MIB,
  }));
}

export async function queryGpuList(timeoutMs = 5_000) {
  const csv = await runNvidiaSmi("index,name,memory.total", timeoutMs);
  return csv === null ? [] : parseGpuList(csv);
}

export async function queryGpuUsage(timeoutMs = 2_000) {
  const csv = await runNvidiaSmi("index,utilization.gpu,memory.used", timeoutMs);
  return csv === null ? [] : parseGpuUsage(csv);
}
