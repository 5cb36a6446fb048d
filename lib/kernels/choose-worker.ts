// Which online worker should run a kernel that asks for N GPUs (0: CPU only), and if none
// can, why, in words the notebook shows while it waits.
export type TWorkerLoad = { id: string; hostname: string; gpuCount: number; gpusInUse: number; liveSessions: number };

/** The least loaded worker with enough free GPUs (fewest live kernels); among equals the
 * closest fit, so that CPU kernels leave GPU machines free for GPU work. */
export function chooseWorker(workers: TWorkerLoad[], gpus: number): TWorkerLoad | null {
  const free = (w: TWorkerLoad) => w.gpuCount - w.gpusInUse;
  const fitting = workers.filter((w) => free(w) >= gpus);
  fitting.sort((a, b) => a.liveSessions - b.liveSessions || free(a) - free(b) || a.hostname.localeCompare(b.hostname));
  return fitting[0] ?? null;
}

function gpuWords(gpus: number) {
  return `${gpus} GPU${gpus === 1 ? "" : "s"}`;
}

export function describeWait(workers: TWorkerLoad[], gpus: number, position: number) {
  const queue = `waiting in queue (position ${position})`;
  if (workers.length === 0) return `No worker is online; ${queue}.`;
  const bigEnough = workers.filter((w) => w.gpuCount >= gpus);
  if (bigEnough.length === 0) return `No worker with ${gpuWords(gpus)} is online; ${queue}.`;
  return `Every worker with ${gpuWords(gpus)} is in use; ${queue}.`;
}
