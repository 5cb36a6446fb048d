// The kernels this worker runs, one per kernel session the server started here. Whatever a
// kernel says goes into the outbox (outputs, done, busy/idle, dead), in the order it said it.
// A cell's start ("busy") is told only once it has run for BUSY_REPORT_DELAY_MS: most cells
// end sooner, and then their "done" says all there is. That spares the studio a state write
// and four socket messages per quick cell, made while the kernel runs it, on two cores;
// nobody could have seen a busy indicator that short anyway.
import type { TKernelState, TRunningKernels } from "@/lib/protocol";
import type { KernelBridge } from "./kernels/kernel-bridge";
import type { KernelPool } from "./kernel-pool";
import type { Outbox } from "./outbox";
import { pickFreeGpus } from "./pick-free-gpus";

const BUSY_REPORT_DELAY_MS = 20;

type TSession = {
  sessionId: string;
  kernel: Promise<KernelBridge>;
  state: TKernelState;
  gpuIndexes: number[];
  /** Executions sent and not yet done, in order: the kernel runs the first. */
  queue: string[];
  isRestarting: boolean;
  /** Where an output nobody claims goes (a thread printing after its cell ended). */
  lastExecutionId: string | null;
  /** The start of the running execution, to be told if it is still running by then. */
  busyReport?: NodeJS.Timeout;
};

export class KernelSessions {
  private readonly sessions = new Map<string, TSession>();

  constructor(
    private readonly pool: KernelPool,
    private readonly outbox: Outbox,
    private readonly gpuIndexes: number[],
    private readonly log: (line: string) => void,
    /** A test on a loaded machine widens it, so that its quick cell stays quick. */
    private readonly busyReportDelayMs = BUSY_REPORT_DELAY_MS,
  ) {}

  list(): TRunningKernels {
    return [...this.sessions.values()].map((s) => ({ sessionId: s.sessionId, state: s.state }));
  }

  has(sessionId: string) {
    return this.sessions.has(sessionId);
  }

  /** Idempotent: a start sent again (after a reconnect) finds the same kernel. */
  async start(sessionId: string, gpus: number) {
    const existing = this.sessions.get(sessionId);
    if (existing) return existing.kernel;
    const gpuIndexes = this.pickGpus(gpus);
    // CUDA_VISIBLE_DEVICES pins a GPU kernel to its own GPUs; a CPU kernel sees the machine as is.
    const env = gpus > 0 ? { CUDA_VISIBLE_DEVICES: gpuIndexes.join(",") } : undefined;
    const session: TSession = { sessionId, kernel: this.pool.take({ env }), state: "starting", gpuIndexes, queue: [], isRestarting: false, lastExecutionId: null };
    this.sessions.set(sessionId, session);
    try {
      const kernel = await session.kernel;
      this.wire(session, kernel);
      session.state = kernel.isDead ? "dead" : "idle";
      return kernel;
    } catch (error) {
      this.sessions.delete(sessionId);
      throw error;
    }
  }

  /** Queued in the kernel behind what runs; outputs and the end arrive through the outbox. */
  async execute(sessionId: string, executionId: string, code: string) {
    const session = this.require(sessionId);
    const kernel = await session.kernel;
    // The kernel has the code before anything else is sent: the studio hears "busy" after.
    const done = kernel.execute(code, (output) => this.outbox.push("kernel:output", { sessionId, executionId, output }));
    session.lastExecutionId = executionId;
    session.queue.push(executionId);
    // A dead kernel answers "dead" at once; it stays dead until restarted.
    if (session.queue.length === 1 && session.state !== "dead") this.reportBusySoon(session, executionId);
    void done.then(({ status, executionCount }) => {
      this.outbox.push("kernel:done", { sessionId, executionId, status, executionCount });
      session.queue = session.queue.filter((id) => id !== executionId);
      if (session.state === "dead" || session.isRestarting) return; // that state stands
      // The kernel goes on to the next one sent, if any.
      if (session.queue.length) this.reportBusySoon(session, session.queue[0]);
      else this.setState(session, "idle");
    });
  }

  async interrupt(sessionId: string) {
    await (await this.require(sessionId).kernel).interrupt();
  }

  async restart(sessionId: string) {
    const session = this.require(sessionId);
    const kernel = await session.kernel;
    this.setState(session, "restarting");
    session.isRestarting = true;
    try {
      await kernel.restart();
    } finally {
      session.isRestarting = false;
      this.setState(session, kernel.isDead ? "dead" : "idle");
    }
  }

  async complete(sessionId: string, code: string, cursorPos: number) {
    return (await this.require(sessionId).kernel).complete(code, cursorPos);
  }

  async inspect(sessionId: string, code: string, cursorPos: number) {
    return (await this.require(sessionId).kernel).inspect(code, cursorPos);
  }

  async shutdown(sessionId: string) {
    const session = this.sessions.get(sessionId);
    if (!session) return;
    this.sessions.delete(sessionId);
    clearTimeout(session.busyReport); // a stopped session has nothing more to tell
    const kernel = await session.kernel.catch(() => null);
    await kernel?.shutdown();
  }

  async shutdownAll() {
    await Promise.allSettled([...this.sessions.keys()].map((id) => this.shutdown(id)));
  }

  private require(sessionId: string) {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`No kernel for session ${sessionId} on this worker.`);
    return session;
  }

  private wire(session: TSession, kernel: KernelBridge) {
    kernel.on("dead", (reason) => {
      this.log(`kernel of session ${session.sessionId} died: ${reason}`);
      this.setState(session, "dead", { reason });
    });
    kernel.on("output", (output) => {
      if (session.lastExecutionId) this.outbox.push("kernel:output", { sessionId: session.sessionId, executionId: session.lastExecutionId, output });
    });
  }

  private reportBusySoon(session: TSession, executionId: string) {
    clearTimeout(session.busyReport);
    session.busyReport = setTimeout(() => this.setState(session, "busy", { executionId }), this.busyReportDelayMs);
  }

  private setState(session: TSession, state: TKernelState, details: { reason?: string; executionId?: string } = {}) {
    // Executes aborted by a restart end while it runs: "idle" comes when the restart does.
    if (session.isRestarting && state !== "dead") return;
    clearTimeout(session.busyReport); // whatever is told now is newer
    session.busyReport = undefined;
    if (session.state === state && !details.executionId) return;
    session.state = state;
    const { reason, executionId } = details;
    this.outbox.push("kernel:status", { sessionId: session.sessionId, state, ...(executionId && { executionId }), ...(reason && { reason: reason.slice(0, 2000) }) });
  }

  private pickGpus(count: number) {
    return pickFreeGpus(this.gpuIndexes, [...this.sessions.values()].flatMap((s) => s.gpuIndexes), count);
  }
}
