// A worker as the Workers page shows it: dates already formatted on the server (whose time
// zone the page uses), load samples as plain numbers for the sparklines.
import type { TWorkerSummary } from "@/lib/workers/schemas";
import { formatDateTime } from "@/components/ui/format-date";

export type TLoadSample = { at: number; cpuPercent: number; memoryPercent: number; gpuPercent: number | null };

export type TWorkerView = {
  id: string;
  hostname: string;
  status: "online" | "offline";
  tokenName: string;
  isTokenRevoked: boolean;
  cpuCores: number | null;
  memoryBytes: number | null;
  gpus: Array<{ name: string; memoryBytes: number }>;
  python: string | null;
  packages: Array<[string, string]>;
  kernels: Array<{ notebookId: string; notebookName: string; state: string }>;
  lastSeen: string;
  connectedAt: string;
  history: TLoadSample[];
};

type TSample = NonNullable<TWorkerSummary["utilisation"]>["latest"];

export function toLoadSample(sample: TSample, memoryBytes: number | null): TLoadSample {
  const gpuPercents = sample.gpus.map((gpu) => gpu.utilisationPercent);
  return {
    at: Date.parse(sample.at),
    cpuPercent: sample.cpuPercent,
    memoryPercent: memoryBytes ? Math.min(100, (100 * sample.memoryUsedBytes) / memoryBytes) : 0,
    gpuPercent: gpuPercents.length ? gpuPercents.reduce((a, b) => a + b, 0) / gpuPercents.length : null,
  };
}

export function toWorkerView(worker: TWorkerSummary): TWorkerView {
  const capabilities = worker.capabilities;
  const memoryBytes = capabilities?.memoryBytes ?? null;
  return {
    id: worker.id,
    hostname: worker.hostname,
    status: worker.status,
    tokenName: worker.tokenName,
    isTokenRevoked: worker.isTokenRevoked,
    cpuCores: capabilities?.cpuCores ?? null,
    memoryBytes,
    gpus: capabilities?.gpus.map((gpu) => ({ name: gpu.name, memoryBytes: gpu.memoryBytes })) ?? [],
    python: capabilities?.python.version ?? null,
    packages: Object.entries(capabilities?.packages ?? {}).filter((entry): entry is [string, string] => entry[1] !== null),
    kernels: worker.kernels.map((kernel) => ({ notebookId: kernel.notebookId, notebookName: kernel.notebookName, state: kernel.state })),
    lastSeen: formatDateTime(worker.lastSeenAt),
    connectedAt: formatDateTime(worker.connectedAt),
    history: (worker.utilisation?.history ?? []).map((sample) => toLoadSample(sample, memoryBytes)),
  };
}

const BYTES = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });

export function formatBytes(bytes: number) {
  const gib = bytes / 1024 ** 3;
  return gib >= 1 ? `${BYTES.format(gib)} GiB` : `${BYTES.format(bytes / 1024 ** 2)} MiB`;
}
