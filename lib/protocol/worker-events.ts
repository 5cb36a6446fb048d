// The /workers namespace: kernel workers only, authenticated by a worker token. Worker →
// server events are parsed by the server with these schemas; server → worker commands are
// parsed by the worker. Every command is answered through a socket.io ack.
import { z } from "zod";
import { ZExecuteStatus, ZKernelOutput } from "./kernel-output";

export const ZWorkerHandshake = z.object({
  token: z.string().min(10).max(200),
  protocolVersion: z.number().int().positive(),
});
export type TWorkerHandshake = z.infer<typeof ZWorkerHandshake>;

const ZId = z.string().min(1).max(64);

export const ZGpu = z.object({
  index: z.number().int().min(0),
  name: z.string().max(200),
  memoryBytes: z.number().nonnegative(),
});

export const ZCapabilities = z.object({
  hostname: z.string().min(1).max(255),
  cpuCores: z.number().int().positive(),
  memoryBytes: z.number().positive(),
  gpus: z.array(ZGpu).max(64),
  python: z.object({ executable: z.string().max(500), version: z.string().max(100) }),
  /** Key packages and their versions (numpy, pandas, torch, …); null where missing. */
  packages: z.record(z.string().max(100), z.string().max(100).nullable()),
  /** How many training jobs it runs at once (`--jobs`). */
  jobSlots: z.number().int().min(0).max(256).default(2),
});
export type TCapabilities = z.infer<typeof ZCapabilities>;

export const ZUtilisation = z.object({
  cpuPercent: z.number().min(0).max(100),
  memoryUsedBytes: z.number().nonnegative(),
  gpus: z.array(
    z.object({
      index: z.number().int().min(0),
      utilisationPercent: z.number().min(0).max(100),
      memoryUsedBytes: z.number().nonnegative(),
    }),
  ),
});
export type TUtilisation = z.infer<typeof ZUtilisation>;

export const ZKernelState = z.enum(["starting", "idle", "busy", "restarting", "dead"]);
export type TKernelState = z.infer<typeof ZKernelState>;

/** The kernels a worker holds, by the session they serve. */
export const ZRunningKernels = z.array(z.object({ sessionId: ZId, state: ZKernelState })).max(1000);
export type TRunningKernels = z.infer<typeof ZRunningKernels>;

/** A job's dispatch: a job is run again as a new attempt, and reports name theirs. */
const ZJobAttempt = z.object({ jobId: ZId, attempt: z.number().int().positive() });

/** The training jobs a worker runs: their leases are renewed by its heartbeat. */
export const ZRunningJobs = z.array(ZJobAttempt).max(1000);
export type TRunningJobs = z.infer<typeof ZRunningJobs>;

export const ZReplicaState = z.enum(["starting", "ready", "crashed", "stopped"]);
export type TReplicaState = z.infer<typeof ZReplicaState>;

/** An endpoint replica's model server as its worker sees it; url once it listens. */
export const ZReplicaStatus = z.object({
  replicaId: ZId,
  state: ZReplicaState,
  url: z.string().url().max(500).optional(),
  reason: z.string().max(4000).optional(),
  restarts: z.number().int().min(0),
});
export type TReplicaStatus = z.infer<typeof ZReplicaStatus>;

/** The model servers a worker runs (its heartbeat's list lets the server reconcile). */
export const ZRunningReplicas = z.array(z.object({ replicaId: ZId, state: ZReplicaState })).max(1000);
export type TRunningReplicas = z.infer<typeof ZRunningReplicas>;

/** The most bytes of a job's files, together (they travel inside its start command). */
export const MAX_JOB_FILES_BYTES = 10 * 2 ** 20;

/** Worker → server. Each is answered through an ack ({ ok } or { ok: false, error }): the
 * worker keeps an event until it is acknowledged, so nothing is lost across a reconnect. */
export const WORKER_INBOUND = {
  /** First event after every (re)connect; answered with the worker's id (data.workerId).
   * `kernels` lets the server tell a reconnect (kernels kept) from a restart (kernels gone). */
  "worker:hello": ZCapabilities.extend({ kernels: ZRunningKernels.default([]), replicas: ZRunningReplicas.default([]) }),
  "worker:heartbeat": ZUtilisation.extend({ kernels: ZRunningKernels, jobs: ZRunningJobs.default([]), replicas: ZRunningReplicas.default([]) }),
  /** busy comes with the execution the kernel has started on (executes run one at a time, in
   * the order sent); reason with dead. */
  "kernel:status": z.object({ sessionId: ZId, state: ZKernelState, executionId: ZId.optional(), reason: z.string().max(2000).optional() }),
  "kernel:output": z.object({ sessionId: ZId, executionId: ZId, output: ZKernelOutput }),
  "kernel:done": z.object({
    sessionId: ZId,
    executionId: ZId,
    status: ZExecuteStatus,
    executionCount: z.number().int().nullable(),
  }),
  /** A job's output as it comes, a chunk of whole lines (or what a line had after ~100 ms). */
  "job:log": ZJobAttempt.extend({ stream: z.enum(["stdout", "stderr", "system"]), text: z.string().max(1_000_000) }),
  /** The job's process ended: its exit code, or the signal that killed it; `error` when it
   * could not start at all. */
  "job:exit": ZJobAttempt.extend({
    exitCode: z.number().int().nullable(),
    signal: z.string().max(20).nullable(),
    error: z.string().max(2000).optional(),
  }),
  /** A replica's model server changed state: ready (with its url), crashed (and restarting,
   * or given up: see reason), stopped. */
  "replica:status": ZReplicaStatus,
} as const;
export type TWorkerInboundEvent = keyof typeof WORKER_INBOUND;
export type TWorkerPayload<E extends TWorkerInboundEvent> = z.infer<(typeof WORKER_INBOUND)[E]>;

/** Server → worker commands. */
export const WORKER_COMMANDS = {
  "kernel:start": z.object({ sessionId: ZId, gpus: z.number().int().min(0).max(64) }),
  "kernel:execute": z.object({ sessionId: ZId, executionId: ZId, code: z.string().max(5_000_000) }),
  "kernel:interrupt": z.object({ sessionId: ZId }),
  "kernel:restart": z.object({ sessionId: ZId }),
  "kernel:complete": z.object({ sessionId: ZId, code: z.string().max(5_000_000), cursorPos: z.number().int().min(0) }),
  "kernel:inspect": z.object({ sessionId: ZId, code: z.string().max(5_000_000), cursorPos: z.number().int().min(0) }),
  "kernel:shutdown": z.object({ sessionId: ZId }),
  /** Writes the files into a fresh folder and runs the command there with the worker's shell
   * (`python` is the worker's Python), with `env` added; answered once it has started. */
  "job:start": ZJobAttempt.extend({
    command: z.string().min(1).max(10_000),
    files: z.array(z.object({ path: z.string().min(1).max(500), data: z.string() })).max(10_000),
    env: z.record(z.string().regex(/^[A-Z_][A-Z0-9_]*$/), z.string().max(100_000)),
    gpus: z.number().int().min(0).max(64),
  }),
  /** Stops the job's processes (SIGTERM, then SIGKILL after a few seconds); job:exit follows. */
  "job:cancel": ZJobAttempt,
  /** Starts a model server for an endpoint replica: the model file (base64) is written to a
   * fresh folder and loaded once; answered at once, replica:status says when it is ready.
   * Requests must carry the secret. */
  "replica:start": z.object({
    replicaId: ZId,
    flavor: z.enum(["sklearn", "xgboost", "pytorch"]),
    fileName: z.string().regex(/^[\w.-]+$/).max(100),
    file: z.string().max(16_000_000),
    signature: z.unknown().nullable(),
    secret: z.string().min(16).max(200),
    gpus: z.number().int().min(0).max(64),
  }),
  "replica:stop": z.object({ replicaId: ZId }),
} as const;
export type TWorkerCommand = keyof typeof WORKER_COMMANDS;
export type TWorkerCommandPayload<C extends TWorkerCommand> = z.infer<(typeof WORKER_COMMANDS)[C]>;

export const ZCompletion = z.object({ matches: z.array(z.string()), cursorStart: z.number().int(), cursorEnd: z.number().int() });
export const ZInspection = z.object({ found: z.boolean(), data: z.record(z.string(), z.unknown()) });

/** What a command's ack carries back. */
export type TCommandAck<T = undefined> = { ok: true; data?: T } | { ok: false; error: string };
