// GPUs are handed out whole: a kernel or a job gets indexes nobody else here holds, and
// CUDA_VISIBLE_DEVICES pins it to them. Kernels and jobs keep their own books and use this.
export function pickFreeGpus(gpuIndexes: number[], taken: Iterable<number>, count: number) {
  if (count === 0) return [];
  const busy = new Set(taken);
  const free = gpuIndexes.filter((index) => !busy.has(index));
  if (free.length < count) throw new Error(`This worker has ${free.length} free GPU(s); ${count} asked for.`);
  return free.slice(0, count);
}
