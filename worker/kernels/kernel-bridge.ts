// The worker's handle on one Jupyter kernel. It spawns worker/python/kernel_bridge.py,
// which drives a real ipykernel through jupyter_client, and talks to it in JSON lines.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { EventEmitter } from "node:events";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import {
  KERNEL_OUTPUT_TYPES,
  ZCompleteReply,
  ZInspectReply,
  ZKernelOutput,
  type TBridgeEvent,
  type TBridgeRequest,
  type TExecuteStatus,
  type TKernelInfo,
  type TKernelOutput,
} from "./bridge-messages";
import { toCodePointOffset, toUtf16Offset } from "./code-point-offsets";
import { readBridgeEvents } from "./read-bridge-events";

const BRIDGE_SCRIPT = fileURLToPath(new URL("../python/kernel_bridge.py", import.meta.url));
const STDERR_LINES_KEPT = 20; // enough to explain a failed start
// Past this the bridge is killed; the kernel then exits by itself (ipykernel watches its parent).
const SHUTDOWN_TIMEOUT_MS = 10_000;

export type TStartKernelOptions = {
  /** An interpreter with ipykernel and jupyter_client: Debian's, not the pyenv one on PATH. */
  python?: string;
  cwd?: string;
  /** Added to this process's environment, for the bridge and the kernel alike. */
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number;
  /** Where the bridge's stderr and skipped lines go. */
  log?: (line: string) => void;
};

export type TExecuteOptions = { silent?: boolean; storeHistory?: boolean };
export type TExecuteResult = { status: TExecuteStatus; executionCount: number | null };
/** Offsets in UTF-16 units, like `cursorPos`: ready to splice into a JavaScript string. */
export type TCompletion = { matches: string[]; cursorStart: number; cursorEnd: number };
export type TInspection = { found: boolean; data: Record<string, unknown> };

export type TKernelEvents = {
  /** (Re)started and answering. */
  ready: [info: TKernelInfo];
  /** The kernel (or its bridge) died on its own; executes in flight resolved with "dead". */
  dead: [reason: string];
  /** Output no running execute claims, e.g. a thread printing after its cell finished. */
  output: [output: TKernelOutput, requestId: string | null];
  /** The bridge process ended; nothing more can be asked. */
  exit: [code: number | null];
};

type TReplyContent = Record<string, unknown>;
type TPending =
  | { kind: "execute"; onOutput: (output: TKernelOutput) => void; resolve: (result: TExecuteResult) => void }
  | { kind: "reply"; resolve: (content: TReplyContent) => void; reject: (error: Error) => void };
type TRequestBody = TBridgeRequest extends infer R ? (R extends unknown ? Omit<R, "id"> : never) : never;

export async function startKernel(options: TStartKernelOptions = {}) {
  const python = options.python ?? process.env.STUDIO_PYTHON ?? "/usr/bin/python3";
  const child = spawn(python, [BRIDGE_SCRIPT], { cwd: options.cwd, env: { ...process.env, ...options.env } });
  const kernel = new KernelBridge(child, options.log ?? ((line) => console.warn(`[kernel-bridge] ${line}`)));
  await kernel.waitUntilReady(options.startTimeoutMs ?? 60_000);
  return kernel;
}

export class KernelBridge extends EventEmitter<TKernelEvents> {
  info: TKernelInfo | null = null;
  /** The kernel process (not the bridge): for resource sampling. */
  kernelPid: number | null = null;
  isDead = false;
  private hasExited = false;
  private spawnError: Error | null = null;
  private isShuttingDown = false;
  private nextId = 0;
  private readonly pending = new Map<string, TPending>();
  private readonly stderrTail: string[] = [];
  private readonly closed: Promise<void>;

  constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly log: (line: string) => void,
  ) {
    super();
    readBridgeEvents(child.stdout, (event) => this.handleEvent(event), (line, problem) =>
      log(`skipped a malformed line (${problem}): ${line.slice(0, 200)}`),
    );
    readline.createInterface({ input: child.stderr, crlfDelay: Infinity }).on("line", (line) => {
      this.stderrTail.push(line);
      if (this.stderrTail.length > STDERR_LINES_KEPT) this.stderrTail.shift();
      log(line);
    });
    child.stdin.on("error", (error) => log(`stdin: ${error.message}`)); // EPIPE once it has exited
    this.closed = new Promise((resolve) => {
      // "close" (not "exit"): every stdout line has been read by then.
      child.once("close", (code, signal) => resolve(this.handleExit(code, signal)));
      child.once("error", (error) => {
        this.spawnError = error; // e.g. ENOENT for a wrong `python`; "close" still follows
        if (child.pid === undefined) resolve(this.handleExit(null, null));
      });
    });
  }

  /** Resolves on `ready`; rejects (and stops the bridge) if it dies or takes too long. */
  async waitUntilReady(timeoutMs: number) {
    let timer: NodeJS.Timeout | undefined;
    const cleanups: Array<() => void> = [];
    try {
      await new Promise<void>((resolve, reject) => {
        const fail = (why: string) => reject(new Error(`the kernel did not start: ${why}\n${this.stderrTail.join("\n")}`));
        const onReady = () => resolve();
        const onDead = (reason: string) => fail(reason);
        const onExit = (code: number | null) => fail(`the bridge exited with code ${code}`);
        this.once("ready", onReady).once("dead", onDead).once("exit", onExit);
        cleanups.push(() => this.off("ready", onReady).off("dead", onDead).off("exit", onExit));
        timer = setTimeout(() => fail(`no answer in ${timeoutMs} ms`), timeoutMs);
      });
    } catch (error) {
      // A bridge stuck in start-up reads no requests; a kernel it started exits by itself.
      this.child.kill("SIGKILL");
      await this.closed;
      throw error;
    } finally {
      clearTimeout(timer);
      cleanups.forEach((cleanup) => cleanup());
    }
  }

  /** Runs a cell. Resolves once the kernel has both replied and gone idle, or has died. */
  execute(code: string, onOutput: (output: TKernelOutput) => void, options: TExecuteOptions = {}) {
    if (this.hasExited) return Promise.resolve<TExecuteResult>({ status: "dead", executionCount: null });
    const id = this.createId();
    return new Promise<TExecuteResult>((resolve) => {
      this.pending.set(id, { kind: "execute", onOutput, resolve });
      this.send({ id, type: "execute", code, silent: options.silent, store_history: options.storeHistory });
    });
  }

  async interrupt() {
    await this.ask({ type: "interrupt" });
  }

  /** A fresh kernel process and namespace; executes in flight resolve with "aborted". */
  async restart() {
    await this.ask({ type: "restart" });
  }

  async complete(code: string, cursorPos: number): Promise<TCompletion> {
    const reply = parseReply(ZCompleteReply, await this.ask({ type: "complete", code, cursor_pos: toCodePointOffset(code, cursorPos) }));
    return {
      matches: reply.matches,
      cursorStart: toUtf16Offset(code, reply.cursor_start),
      cursorEnd: toUtf16Offset(code, reply.cursor_end),
    };
  }

  /** detailLevel 1 asks for source as well as the docstring (`obj??`). */
  async inspect(code: string, cursorPos: number, detailLevel: 0 | 1 = 0): Promise<TInspection> {
    const request = { type: "inspect", code, cursor_pos: toCodePointOffset(code, cursorPos), detail_level: detailLevel } as const;
    const reply = parseReply(ZInspectReply, await this.ask(request));
    return { found: reply.found, data: reply.data };
  }

  /** Stops the kernel (gracefully: atexit handlers run) and the bridge. */
  async shutdown() {
    if (this.hasExited) return;
    this.isShuttingDown = true;
    this.send({ id: this.createId(), type: "shutdown" });
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill("SIGKILL"), SHUTDOWN_TIMEOUT_MS);
    await this.closed;
    clearTimeout(timer);
  }

  private ask(body: TRequestBody) {
    if (this.hasExited) return Promise.reject(new Error("the kernel bridge has exited"));
    const id = this.createId();
    return new Promise<TReplyContent>((resolve, reject) => {
      this.pending.set(id, { kind: "reply", resolve, reject });
      this.send({ id, ...body } as TBridgeRequest);
    });
  }

  private send(request: TBridgeRequest) {
    if (!this.hasExited) this.child.stdin.write(`${JSON.stringify(request)}\n`);
  }

  private createId() {
    return `r${++this.nextId}`;
  }

  private handleEvent(event: TBridgeEvent) {
    switch (event.type) {
      case "ready":
        Object.assign(this, { info: event.kernel_info, kernelPid: event.pid, isDead: false });
        this.emit("ready", event.kernel_info);
        return;
      case "iopub":
        return this.routeIopub(event.id, event.msg_type, event.content);
      case "reply":
      case "failed": {
        const pending = event.id === null ? undefined : this.pending.get(event.id);
        // An execute's own execute_reply is not its end: "done" is.
        if (pending?.kind !== "reply") {
          if (event.type === "failed") this.log(`request ${event.id} failed: ${event.message}`);
          return;
        }
        this.pending.delete(event.id!);
        if (event.type === "reply") pending.resolve(event.content);
        else pending.reject(new Error(event.message));
        return;
      }
      case "done": {
        const pending = this.pending.get(event.id);
        if (pending?.kind !== "execute") return;
        this.pending.delete(event.id);
        pending.resolve({ status: event.status, executionCount: event.execution_count });
        return;
      }
      case "dead":
        this.isDead = true;
        this.emit("dead", event.reason);
        return;
    }
  }

  private routeIopub(requestId: string | null, msgType: string, content: Record<string, unknown>) {
    if (!KERNEL_OUTPUT_TYPES.has(msgType)) return; // comm_*, shutdown_reply
    const parsed = ZKernelOutput.safeParse({ msg_type: msgType, content });
    if (!parsed.success) {
      this.log(`skipped a malformed ${msgType}: ${parsed.error.issues[0]?.message}`);
      return;
    }
    const pending = requestId === null ? undefined : this.pending.get(requestId);
    if (pending?.kind !== "execute") {
      this.emit("output", parsed.data, requestId);
      return;
    }
    try {
      pending.onOutput(parsed.data);
    } catch (error) {
      this.log(`an output handler threw: ${String(error)}`); // the next output must still arrive
    }
  }

  private handleExit(code: number | null, signal: NodeJS.Signals | null) {
    if (this.hasExited) return;
    this.hasExited = true;
    const reason = this.spawnError
      ? `could not run the kernel bridge: ${this.spawnError.message}`
      : `the kernel bridge exited (${signal ?? `code ${code}`})`;
    if (!this.isShuttingDown && !this.isDead) {
      this.isDead = true;
      this.emit("dead", reason);
    }
    for (const pending of this.pending.values()) {
      if (pending.kind === "execute") pending.resolve({ status: "dead", executionCount: null });
      else pending.reject(new Error(reason));
    }
    this.pending.clear();
    this.emit("exit", code);
  }
}

function parseReply<T>(schema: { parse: (value: unknown) => T }, content: TReplyContent) {
  if (content.status !== "ok") throw new Error(`the kernel answered ${content.status}: ${content.ename ?? ""} ${content.evalue ?? ""}`);
  return schema.parse(content);
}
