// A few kernels started ahead of time, so that opening a notebook does not wait for a
// kernel start (~1-2 s). Taking one refills the pool in the background. A failed start is
// not retried in a loop: the next take (which then starts its own kernel) tries again.
import { startKernel, type KernelBridge, type TStartKernelOptions } from "./kernels/kernel-bridge";

export class KernelPool {
  private readonly ready: KernelBridge[] = [];
  private starting = 0;
  private isClosed = false;

  constructor(
    private readonly size: number,
    private readonly startOptions: TStartKernelOptions,
    private readonly log: (line: string) => void,
  ) {}

  get readyCount() {
    return this.ready.length;
  }

  fill() {
    while (!this.isClosed && this.ready.length + this.starting < this.size) {
      this.starting += 1;
      startKernel(this.startOptions)
        .then((kernel) => this.keep(kernel))
        .catch((error: Error) => this.log(`could not pre-start a kernel: ${error.message.split("\n")[0]}`))
        .finally(() => (this.starting -= 1));
    }
  }

  /** A started kernel: from the pool if one waits there, else started now. */
  async take(options: { env?: Record<string, string> } = {}): Promise<KernelBridge> {
    // A kernel needing its own environment (GPUs picked for it) cannot come from the pool.
    const pooled = options.env ? undefined : this.ready.shift();
    this.fill();
    return pooled ?? startKernel({ ...this.startOptions, env: { ...this.startOptions.env, ...options.env } as NodeJS.ProcessEnv });
  }

  async close() {
    this.isClosed = true;
    await Promise.allSettled(this.ready.splice(0).map((kernel) => kernel.shutdown()));
  }

  private keep(kernel: KernelBridge) {
    if (this.isClosed) return void kernel.shutdown();
    this.ready.push(kernel);
    // One that dies while waiting is dropped and replaced.
    kernel.once("dead", () => {
      const index = this.ready.indexOf(kernel);
      if (index === -1) return;
      this.ready.splice(index, 1);
      void kernel.shutdown();
      this.fill();
    });
  }
}
