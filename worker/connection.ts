// The worker's one connection to the studio: dials out to /workers with its token and the
// protocol version, says hello (what it has, which kernels it holds) after every connect,
// then sends the outbox and a heartbeat every few seconds. Reconnects with exponential
// backoff after a server restart; kernels keep running meanwhile. A refused token or
// protocol is final: the worker says why and exits.
import { io, type Socket } from "socket.io-client";
import { PROTOCOL_VERSION, type TCapabilities, type TCommandAck, type TRunningJobs, type TRunningKernels, type TRunningReplicas, type TUtilisation } from "@/lib/protocol";
import type { Outbox, TAnswer } from "./outbox";

const HEARTBEAT_INTERVAL_MS = 3_000;
const HELLO_TIMEOUT_MS = 30_000;
// A restarted server keeps a worker's kernels for a few seconds: reconnect well within that.
const RECONNECT = { reconnectionDelay: 250, reconnectionDelayMax: 2_000, randomizationFactor: 0.5 };

export class FatalConnectionError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

type TConnectionOptions = {
  serverUrl: string;
  token: string;
  capabilities: TCapabilities;
  outbox: Outbox;
  listKernels: () => TRunningKernels;
  /** The jobs it runs: the heartbeat renews their leases. */
  listJobs: () => TRunningJobs;
  /** The model servers it runs: after a reconnect the studio learns which survived. */
  listReplicas: () => TRunningReplicas;
  sampleUtilisation: () => Promise<TUtilisation>;
  onCommand: (event: string, payload: unknown) => Promise<TCommandAck<unknown>>;
  onFatal: (error: FatalConnectionError) => void;
  log: (line: string) => void;
};

export function connectToStudio(options: TConnectionOptions) {
  const { log, outbox } = options;
  const socket: Socket = io(new URL("/workers", options.serverUrl).toString(), {
    auth: { token: options.token, protocolVersion: PROTOCOL_VERSION },
    transports: ["websocket"],
    ...RECONNECT,
  });
  let heartbeat: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let isClosed = false;
  let refusals = 0;
  let isReachable = true; // said once per outage, not at every retry

  const retryLater = () => {
    const delay = Math.min(RECONNECT.reconnectionDelayMax, RECONNECT.reconnectionDelay * 2 ** refusals++);
    clearTimeout(retry);
    retry = setTimeout(() => !isClosed && socket.connect(), delay);
  };

  const sendHeartbeat = async () => {
    const utilisation = await options.sampleUtilisation().catch(() => null);
    if (utilisation && socket.connected) socket.emit("worker:heartbeat", { ...utilisation, kernels: options.listKernels(), jobs: options.listJobs(), replicas: options.listReplicas() });
  };

  socket.on("connect", async () => {
    const hello = { ...options.capabilities, kernels: options.listKernels(), replicas: options.listReplicas() };
    const answer = (await socket.timeout(HELLO_TIMEOUT_MS).emitWithAck("worker:hello", hello).catch((error: Error) => ({ ok: false, error: error.message }))) as TAnswer;
    if (!answer.ok) {
      log(`the studio did not accept this worker's hello: ${answer.error}`);
      socket.disconnect();
      return retryLater();
    }
    refusals = 0;
    isReachable = true;
    log(`connected to ${options.serverUrl} as ${options.capabilities.hostname}`);
    outbox.setOnline(true);
    clearInterval(heartbeat);
    heartbeat = setInterval(() => void sendHeartbeat(), HEARTBEAT_INTERVAL_MS);
    void sendHeartbeat();
  });

  socket.on("disconnect", (reason) => {
    outbox.setOnline(false);
    clearInterval(heartbeat);
    if (isClosed) return;
    log(`disconnected from the studio (${reason}); reconnecting`);
    // The server closed this connection (a newer one replaced it, or the token was revoked):
    // socket.io leaves reconnecting to us, and the handshake will say which it was.
    if (reason === "io server disconnect") retryLater();
  });

  socket.on("connect_error", (error) => {
    if (socket.active) {
      // A network error: socket.io retries with backoff by itself.
      if (isReachable) log(`cannot reach the studio at ${options.serverUrl} (${error.message}); retrying`);
      isReachable = false;
      return;
    }
    if (/token/i.test(error.message)) return options.onFatal(new FatalConnectionError(`The studio refused this worker: ${error.message}`, 2));
    if (/protocol/i.test(error.message)) return options.onFatal(new FatalConnectionError(`The studio refused this worker: ${error.message}`, 3));
    log(`the studio refused the connection (${error.message}); trying again`);
    retryLater();
  });

  socket.onAny((event: string, ...args: unknown[]) => {
    const ack = typeof args.at(-1) === "function" ? (args.pop() as (answer: TCommandAck<unknown>) => void) : undefined;
    void options.onCommand(event, args[0]).then((answer) => {
      if (!answer.ok) log(`command ${event} failed: ${answer.error}`);
      ack?.(answer);
    });
  });

  return {
    socket,
    close() {
      isClosed = true;
      clearInterval(heartbeat);
      clearTimeout(retry);
      socket.disconnect();
    },
  };
}
