// /workers: kernel workers only. A worker proves a worker token and the protocol version
// in its handshake; browsers (which always send an Origin header) are turned away. Every
// event is parsed with its schema and handled in arrival order per socket, within lanes (see
// lanesOf: outputs must be stored in the order the kernel sent them, but need not wait for a
// kernel state to be recorded); a malformed one is refused and logged.
import type { Namespace, Socket } from "socket.io";
import { db } from "@/lib/db";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { toErrorBody } from "@/lib/errors";
import { PROTOCOL_VERSION, WORKER_INBOUND, WORKERS_ROOM, ZWorkerHandshake, type TCommandAck, type TWorkerInboundEvent, type TWorkerPayload } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";
import { reconcileWorkerKernels } from "@/lib/kernels/reconcile-worker-kernels";
import { scheduleQueuedSessions } from "@/lib/kernels/schedule-sessions";
import { scheduleQueuedJobs } from "@/lib/jobs/schedule-jobs";
import { reconcileWorkerReplicas } from "@/lib/endpoints/replicas/reconcile-worker-replicas";
import { schedulePendingReplicas } from "@/lib/endpoints/replicas/schedule-replicas";
import { markWorkerOffline } from "@/lib/workers/mark-worker-offline";
import { registerWorker } from "@/lib/workers/register-worker";
import { workerRoom, workerTokenRoom } from "@/lib/workers/worker-rooms";
import { EventLanes } from "./event-lanes";
import { WORKER_HANDLERS, type TWorkerContext } from "./worker-handlers";

type TWorkerSocketData = { workerTokenId: string; teamId: string; worker?: TWorkerContext };

export async function authenticateWorker(handshake: { auth: unknown; headers: Record<string, unknown> }) {
  if (handshake.headers.origin) return { error: "Browsers may not connect to /workers." } as const;
  const parsed = ZWorkerHandshake.safeParse(handshake.auth);
  if (!parsed.success) return { error: "A worker must send { token, protocolVersion }." } as const;
  if (parsed.data.protocolVersion !== PROTOCOL_VERSION) {
    return { error: `Protocol ${parsed.data.protocolVersion} is not supported; the server speaks ${PROTOCOL_VERSION}. Update the worker.` } as const;
  }
  const token = await db.workerToken.findUnique({ where: { tokenHash: hashSecretToken(parsed.data.token) } });
  if (!token || token.revokedAt) return { error: "Unknown or revoked worker token." } as const;
  await db.workerToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  return { workerTokenId: token.id, teamId: token.teamId } as const;
}

async function sayHello(namespace: Namespace, socket: Socket, hello: TWorkerPayload<"worker:hello">) {
  const data = socket.data as TWorkerSocketData;
  const worker = await registerWorker({ teamId: data.teamId, workerTokenId: data.workerTokenId, hello });
  // A reconnect can arrive before the server noticed the old socket die: the newest wins,
  // so that commands reach exactly one live connection.
  for (const old of await namespace.in(workerRoom(worker.id)).fetchSockets()) {
    if (old.id !== socket.id) {
      console.warn(`[workers] ${worker.hostname} connected again; closing its older connection`);
      old.disconnect(true);
    }
  }
  await socket.join([workerRoom(worker.id), workerTokenRoom(data.workerTokenId)]);
  data.worker = { teamId: data.teamId, workerTokenId: data.workerTokenId, workerId: worker.id, hostname: worker.hostname, connectedAt: worker.connectedAt };
  // The token may have been revoked between the handshake and joining its room.
  const token = await db.workerToken.findUnique({ where: { id: data.workerTokenId }, select: { revokedAt: true } });
  if (!token || token.revokedAt) {
    socket.disconnect(true);
    throw new Error("This worker token was revoked.");
  }
  publishToRoom(data.teamId, WORKERS_ROOM, "worker:changed", { workerId: worker.id, status: "online" });
  void (async () => {
    await reconcileWorkerKernels({ workerId: worker.id, hostname: worker.hostname, kernels: hello.kernels, isHello: true });
    await scheduleQueuedSessions(data.teamId); // a notebook may be waiting for this very worker
    await scheduleQueuedJobs(data.teamId); // and a job
    await reconcileWorkerReplicas({ workerId: worker.id, teamId: data.teamId, hostname: worker.hostname, replicas: hello.replicas });
    await schedulePendingReplicas(data.teamId); // and an endpoint's replica
  })().catch((error) => console.error(`[workers] after hello from ${worker.hostname}`, error));
  return { workerId: worker.id };
}

type TLane = "outputs" | "status";
const ALL_LANES: readonly TLane[] = ["outputs", "status"];

/**
 * Outputs in the order sent among themselves, and kernel states among themselves; the end
 * of a cell after both (its outputs stored, its "running" published); anything else (hello,
 * heartbeat, a dead kernel, a disconnect) after everything received before it.
 */
function lanesOf(event: string, payload: unknown): readonly TLane[] {
  if (event === "kernel:output") return ["outputs"];
  if (event === "kernel:status" && (payload as { state?: unknown } | null)?.state !== "dead") return ["status"];
  return ALL_LANES;
}

function isKnownEvent(event: string): event is TWorkerInboundEvent {
  return Object.hasOwn(WORKER_INBOUND, event);
}

async function handleEvent(namespace: Namespace, socket: Socket, event: string, payload: unknown): Promise<TCommandAck<unknown>> {
  if (!isKnownEvent(event)) return { ok: false, error: `Unknown event "${event}".` };
  const parsed = WORKER_INBOUND[event].safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `Malformed "${event}": ${issue?.path.join(".") || "payload"}: ${issue?.message}` };
  }
  try {
    if (event === "worker:hello") return { ok: true, data: await sayHello(namespace, socket, parsed.data as TWorkerPayload<"worker:hello">) };
    const worker = (socket.data as TWorkerSocketData).worker;
    if (!worker) return { ok: false, error: 'Send "worker:hello" first.' };
    const handler = WORKER_HANDLERS[event] as (worker: TWorkerContext, payload: unknown) => Promise<unknown>;
    return { ok: true, data: await handler(worker, parsed.data) };
  } catch (error) {
    return { ok: false, error: toErrorBody(error).body.message };
  }
}

/** Returns settle() and drain(), for shutdown: settle() before the sockets close, drain() after
 * (so that workers' disconnects are recorded before the process exits). */
export function setUpWorkersNamespace(namespace: Namespace) {
  const queues = new Set<Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  namespace.use(async (socket, next) => {
    const result = await authenticateWorker(socket.handshake).catch(() => ({ error: "Worker authentication failed." }));
    if ("error" in result) {
      console.warn(`[workers] refused a connection: ${result.error}`);
      return next(new Error(result.error));
    }
    const data = socket.data as TWorkerSocketData;
    data.workerTokenId = result.workerTokenId;
    data.teamId = result.teamId;
    next();
  });
  namespace.on("connection", (socket) => {
    const lanes = new EventLanes<TLane>();
    socket.onAny((event: string, ...args: unknown[]) => {
      const ack = typeof args.at(-1) === "function" ? (args.pop() as (answer: TCommandAck<unknown>) => void) : undefined;
      const handled = lanes.run(lanesOf(event, args[0]), async () => {
        const result = await handleEvent(namespace, socket, event, args[0]);
        if (!result.ok) console.warn(`[workers ${socket.id}] refused ${event}: ${result.error}`);
        ack?.(result);
      });
      inFlight.add(handled);
      void handled.finally(() => inFlight.delete(handled));
    });
    socket.on("disconnect", () => {
      const last = lanes.run(ALL_LANES, async () => {
        const worker = (socket.data as TWorkerSocketData).worker;
        if (worker) await markWorkerOffline(worker).catch((error) => console.error("[workers] could not mark offline", error));
      });
      queues.add(last);
      void last.finally(() => queues.delete(last));
    });
  });
  return {
    /**
     * Resolves once the events received so far are handled and answered. Called before the
     * sockets close: an output stored (and already shown) whose answer was cut off by the
     * close would be sent again by its worker, and stored twice.
     */
    settle: () => Promise.allSettled([...inFlight]),
    drain: () => Promise.allSettled([...queues]),
  };
}
