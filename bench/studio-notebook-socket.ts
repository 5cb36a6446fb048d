// A browser's socket on one notebook, for the notebook benchmarks: socket.io-client with the
// session cookie, as the page connects (long-polling first, then the WebSocket upgrade),
// in the notebook's room, with its kernel started.
import { io, type Socket } from "socket.io-client";
import type { TAck, TStudioPayload } from "@/lib/protocol";

export type TOutputEvent = TStudioPayload<"notebook:output">;
type TExecutionEvent = TStudioPayload<"notebook:execution">;

async function ask<T>(socket: Socket, event: string, payload: unknown, timeoutMs = 60_000) {
  const ack = (await socket.timeout(timeoutMs).emitWithAck(event, payload)) as TAck<T>;
  if (!ack.ok) throw new Error(`${event} was refused: ${ack.error}`);
  return ack.data as T;
}

export async function openNotebookSocket(url: string, cookie: string, notebookId: string) {
  const socket: Socket = io(`${url}/studio`, { extraHeaders: { cookie }, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve).once("connect_error", reject);
  });
  if (socket.io.engine.transport.name !== "websocket") await new Promise((resolve) => socket.io.engine.once("upgrade", resolve));
  await ask(socket, "room:join", { room: { kind: "notebook", id: notebookId } });
  let kernelState = "unknown";
  let onKernel = () => {};
  socket.on("notebook:kernel", (kernel: { state: string }) => {
    kernelState = kernel.state;
    onKernel();
  });
  /** Resolves once the browser has heard that the kernel is idle. */
  async function whenKernelIdle() {
    while (kernelState !== "idle") await new Promise<void>((resolve) => (onKernel = resolve));
  }
  const started = await ask<{ state: string }>(socket, "kernel:start", { notebookId });
  if (kernelState === "unknown") kernelState = started.state;
  await whenKernelIdle();

  /**
   * Runs the cell: onOutput hears each of its outputs as it arrives; resolves once the
   * execution has ended. Outputs and the end may arrive before cell:execute's answer.
   */
  async function run(cellId: string, code: string, onOutput: (event: TOutputEvent) => void = () => {}) {
    const ends = new Map<string, TExecutionEvent>();
    let wake = () => {};
    const onOutputEvent = (event: TOutputEvent) => event.cellId === cellId && onOutput(event);
    const onExecution = (event: TExecutionEvent) => {
      if (event.cellId !== cellId || event.status === "queued" || event.status === "running") return;
      ends.set(event.executionId, event);
      wake();
    };
    socket.on("notebook:output", onOutputEvent).on("notebook:execution", onExecution);
    try {
      const { executionId } = await ask<{ executionId: string }>(socket, "cell:execute", { notebookId, cellId, code });
      while (!ends.has(executionId)) await new Promise<void>((resolve) => (wake = resolve));
      return ends.get(executionId)!;
    } finally {
      socket.off("notebook:output", onOutputEvent).off("notebook:execution", onExecution);
    }
  }

  return { run, whenKernelIdle, close: () => socket.close() };
}
