// What the worker does for each server command. Every payload is parsed with its schema
// first; a bad one, or a failure, is answered { ok: false, error } and never crashes the worker.
import { WORKER_COMMANDS, type TCommandAck, type TWorkerCommand, type TWorkerCommandPayload } from "@/lib/protocol";
import type { JobRunner } from "./jobs/job-runner";
import type { KernelSessions } from "./kernel-sessions";
import type { ReplicaRunner } from "./serving/replica-runner";

type THandlers = { [C in TWorkerCommand]: (payload: TWorkerCommandPayload<C>) => Promise<unknown> };

export function createCommandHandlers(kernels: KernelSessions, jobs: JobRunner, replicas: ReplicaRunner): THandlers {
  return {
    "kernel:start": async ({ sessionId, gpus }) => {
      const kernel = await kernels.start(sessionId, gpus);
      return { language: kernel.info?.language_info.name ?? "python", version: kernel.info?.language_info.version ?? null };
    },
    // Answered once the kernel has the request, not when the cell ends: "done" says that.
    "kernel:execute": ({ sessionId, executionId, code }) => kernels.execute(sessionId, executionId, code),
    "kernel:interrupt": ({ sessionId }) => kernels.interrupt(sessionId),
    "kernel:restart": ({ sessionId }) => kernels.restart(sessionId),
    "kernel:complete": ({ sessionId, code, cursorPos }) => kernels.complete(sessionId, code, cursorPos),
    "kernel:inspect": ({ sessionId, code, cursorPos }) => kernels.inspect(sessionId, code, cursorPos),
    "kernel:shutdown": ({ sessionId }) => kernels.shutdown(sessionId),
    // Answered once the command runs ({ pid }); its log and its end arrive through the outbox.
    "job:start": (payload) => jobs.start(payload),
    "job:cancel": (payload) => jobs.cancel(payload),
    // Answered at once with the replica's state; replica:status says when it is ready.
    "replica:start": (payload) => replicas.start(payload),
    "replica:stop": (payload) => replicas.stop(payload),
  };
}

function isCommand(event: string): event is TWorkerCommand {
  return Object.hasOwn(WORKER_COMMANDS, event);
}

export async function handleCommand(handlers: THandlers, event: string, payload: unknown): Promise<TCommandAck<unknown>> {
  if (!isCommand(event)) return { ok: false, error: `Unknown command "${event}".` };
  const parsed = WORKER_COMMANDS[event].safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `Malformed "${event}": ${issue?.path.join(".") || "payload"}: ${issue?.message}` };
  }
  try {
    const data = await (handlers[event] as (payload: unknown) => Promise<unknown>)(parsed.data);
    return data === undefined ? { ok: true } : { ok: true, data };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}
