// The heartbeat's load figures: CPU from the change in os.cpus() times since the last sample,
// memory in use, and per-GPU utilisation and memory from nvidia-smi when it has GPUs.
import os from "node:os";
import type { TUtilisation } from "@/lib/protocol";
import { queryGpuUsage } from "./gpu-query";

type TCpuTimes = { idle: number; total: number };

function readCpuTimes(): TCpuTimes {
  let idle = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const { user, nice, sys, idle: cpuIdle, irq } = cpu.times;
    idle += cpuIdle;
    total += user + nice + sys + cpuIdle + irq;
  }
  return { idle, total };
}

function cpuPercentBetween(before: TCpuTimes, after: TCpuTimes) {
  const total = after.total - before.total;
  if (total <= 0) return 0;
  const busy = 1 - (after.idle - before.idle) / total;
  return Math.round(Math.min(100, Math.max(0, busy * 100)) * 10) / 10;
}

export function createUtilisationSampler(options: { hasNvidiaGpus: boolean }) {
  let previous = readCpuTimes();
  return {
    async sample(): Promise<TUtilisation> {
      const current = readCpuTimes();
      const cpuPercent = cpuPercentBetween(previous, current);
      previous = current;
      return {
        cpuPercent,
        memoryUsedBytes: Math.max(0, os.totalmem() - os.freemem()),
        gpus: options.hasNvidiaGpus ? await queryGpuUsage() : [],
      };
    },
  };
}
