// Every kernel event the worker owes the server (outputs, status, done), kept until the
// server acknowledges it: sent in order, a bounded number in flight; what was in flight when
// the connection dropped is sent again, first, after the next hello. While events wait, a
// stream output that follows another of the same cell and stream is appended to it, as
// Jupyter's output area merges them, so a chatty cell costs few messages when it matters.
// A training job's log (job:log) is bounded the same way as a cell's outputs: past the bound
// it is counted and dropped, and the count told just before the job's end.
import type { TWorkerInboundEvent, TWorkerPayload } from "@/lib/protocol";

type TKernelEvent = Exclude<TWorkerInboundEvent, "worker:hello" | "worker:heartbeat">;
type TItem = { [E in TKernelEvent]: { event: E; payload: TWorkerPayload<E>; bytes: number } }[TKernelEvent];

export type TAnswer = { ok: true; data?: unknown } | { ok: false; error: string };
export type TSend = (event: TKernelEvent, payload: unknown, onAnswer: (answer: TAnswer) => void) => void;

type TOutboxOptions = {
  send: TSend;
  maxInFlight?: number;
  /** Past this, while the server is away, further outputs are counted and dropped (and the count reported). */
  maxQueuedBytes?: number;
  /** A single output larger than this is replaced by a note: it would not fit a socket message. */
  maxOutputBytes?: number;
  maxMergedStreamBytes?: number;
  log?: (line: string) => void;
};

const MB = 1024 * 1024;

function sizeOf(event: TKernelEvent, payload: unknown) {
  if (event === "job:log") return (payload as TWorkerPayload<"job:log">).text.length + 200;
  if (event !== "kernel:output") return 200;
  const { output } = payload as TWorkerPayload<"kernel:output">;
  return output.msg_type === "stream" ? output.content.text.length + 200 : JSON.stringify(output).length;
}

export class Outbox {
  private readonly waiting: TItem[] = [];
  private readonly inFlight = new Map<number, TItem>();
  private nextId = 0;
  private generation = 0;
  private isOnline = false;
  private queuedBytes = 0;
  private readonly dropped = new Map<string, number>(); // executionId → outputs dropped
  private readonly droppedLogs = new Map<string, number>(); // job attempt → log chunks dropped
  private readonly options: Required<TOutboxOptions>;

  constructor(options: TOutboxOptions) {
    this.options = { maxInFlight: 64, maxQueuedBytes: 256 * MB, maxOutputBytes: 8 * MB, maxMergedStreamBytes: 1 * MB, log: console.warn, ...options };
  }

  get size() {
    return this.waiting.length + this.inFlight.size;
  }

  push<E extends TKernelEvent>(event: E, payload: TWorkerPayload<E>) {
    if (event === "kernel:output") {
      const output = payload as TWorkerPayload<"kernel:output">;
      if (!this.admitOutput(output)) return;
    } else if (event === "kernel:done") {
      this.reportDropped((payload as TWorkerPayload<"kernel:done">));
    } else if (event === "job:log") {
      if (!this.admitLog(payload as TWorkerPayload<"job:log">)) return;
    } else if (event === "job:exit") {
      this.reportDroppedLogs(payload as TWorkerPayload<"job:exit">);
    }
    this.enqueue({ event, payload, bytes: sizeOf(event, payload) } as TItem);
    this.pump();
  }

  /** Connected and greeted: send. Disconnected: keep everything, in order, for later. */
  setOnline(isOnline: boolean) {
    if (!isOnline && this.isOnline) {
      this.generation += 1; // answers to what was in flight no longer count
      const unanswered = [...this.inFlight.entries()].sort(([a], [b]) => a - b).map(([, item]) => item);
      this.inFlight.clear();
      this.waiting.unshift(...unanswered);
    }
    this.isOnline = isOnline;
    this.pump();
  }

  private admitOutput(payload: TWorkerPayload<"kernel:output">) {
    const bytes = sizeOf("kernel:output", payload);
    if (bytes > this.options.maxOutputBytes) {
      const note = `[An output of ${(bytes / MB).toFixed(1)} MB was left out: larger than the ${this.options.maxOutputBytes / MB} MB a single output may be.]\n`;
      payload.output = { msg_type: "stream", content: { name: "stderr", text: note } };
      return true;
    }
    if (this.queuedBytes + bytes > this.options.maxQueuedBytes) {
      this.dropped.set(payload.executionId, (this.dropped.get(payload.executionId) ?? 0) + 1);
      return false;
    }
    return true;
  }

  private reportDropped(done: TWorkerPayload<"kernel:done">) {
    const count = this.dropped.get(done.executionId);
    if (!count) return;
    this.dropped.delete(done.executionId);
    const text = `[${count} output${count === 1 ? " was" : "s were"} dropped while the studio could not be reached.]\n`;
    const payload = { sessionId: done.sessionId, executionId: done.executionId, output: { msg_type: "stream", content: { name: "stderr", text } } } as const;
    this.enqueue({ event: "kernel:output", payload, bytes: text.length });
  }

  private admitLog(payload: TWorkerPayload<"job:log">) {
    if (this.queuedBytes + sizeOf("job:log", payload) <= this.options.maxQueuedBytes) return true;
    const key = `${payload.jobId}:${payload.attempt}`;
    this.droppedLogs.set(key, (this.droppedLogs.get(key) ?? 0) + 1);
    return false;
  }

  private reportDroppedLogs({ jobId, attempt }: TWorkerPayload<"job:exit">) {
    const count = this.droppedLogs.get(`${jobId}:${attempt}`);
    if (!count) return;
    this.droppedLogs.delete(`${jobId}:${attempt}`);
    const text = `[${count} chunk${count === 1 ? " of the log was" : "s of the log were"} dropped while the studio could not be reached.]\n`;
    this.enqueue({ event: "job:log", payload: { jobId, attempt, stream: "system", text }, bytes: text.length });
  }

  private enqueue(item: TItem) {
    const last = this.waiting.at(-1);
    if (last && this.mergeStream(last, item)) return;
    this.waiting.push(item);
    this.queuedBytes += item.bytes;
  }

  private mergeStream(last: TItem, item: TItem) {
    if (last.event !== "kernel:output" || item.event !== "kernel:output") return false;
    const a = last.payload;
    const b = item.payload;
    if (a.output.msg_type !== "stream" || b.output.msg_type !== "stream") return false;
    if (a.executionId !== b.executionId || a.sessionId !== b.sessionId || a.output.content.name !== b.output.content.name) return false;
    if (last.bytes + item.bytes > this.options.maxMergedStreamBytes) return false;
    last.payload = { ...a, output: { msg_type: "stream", content: { name: a.output.content.name, text: a.output.content.text + b.output.content.text } } };
    last.bytes += item.bytes;
    this.queuedBytes += item.bytes;
    return true;
  }

  private pump() {
    while (this.isOnline && this.inFlight.size < this.options.maxInFlight && this.waiting.length) {
      const item = this.waiting.shift()!;
      const id = this.nextId++;
      const generation = this.generation;
      this.inFlight.set(id, item);
      this.options.send(item.event, item.payload, (answer) => {
        if (generation !== this.generation || !this.inFlight.delete(id)) return;
        this.queuedBytes -= item.bytes;
        // A refusal will not improve by sending again (a malformed or stale event): logged.
        if (!answer.ok) this.options.log(`the studio refused ${item.event}: ${answer.error}`);
        this.pump();
      });
    }
  }
}
