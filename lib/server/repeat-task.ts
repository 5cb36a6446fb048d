// A task the server repeats on a small interval (the worker lease check, run time limits):
// a slow round is never overlapped by the next, and a failed one is logged, not fatal.
export function repeatTask(options: { name: string; intervalMs: number; task: () => Promise<unknown> }) {
  let isRunning = false;
  const timer = setInterval(() => {
    if (isRunning) return;
    isRunning = true;
    options
      .task()
      .catch((error) => console.error(`[server] ${options.name} failed`, error))
      .finally(() => (isRunning = false));
  }, options.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
