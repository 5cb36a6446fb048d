// What each worker → server event does once its worker has said hello, as plain functions of
// (the worker, payload). Each returns what the event's ack carries.
import type { TWorkerInboundEvent, TWorkerPayload } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";
import { finishExecution } from "@/lib/kernels/finish-execution";
import { reconcileWorkerKernels } from "@/lib/kernels/reconcile-worker-kernels";
import { storeKernelOutput } from "@/lib/kernels/store-kernel-output";
import { updateKernelState } from "@/lib/kernels/update-kernel-state";
import { recordHeartbeat } from "@/lib/workers/record-heartbeat";

export type TWorkerContext = { teamId: string; workerTokenId: string; workerId: string; hostname: string; connectedAt: Date };

type THandler<E extends TWorkerInboundEvent> = (worker: TWorkerContext, payload: TWorkerPayload<E>) => Promise<unknown>;

export const WORKER_HANDLERS: { [E in Exclude<TWorkerInboundEvent, "worker:hello">]: THandler<E> } = {
  "worker:heartbeat": async (worker, heartbeat) => {
    await recordHeartbeat({ workerId: worker.workerId, teamId: worker.teamId, heartbeat });
    await reconcileWorkerKernels({ workerId: worker.workerId, hostname: worker.hostname, kernels: heartbeat.kernels, isHello: false });
  },
  "kernel:status": (worker, status) => updateKernelState(worker, status),
  "kernel:output": async (worker, { sessionId, executionId, output }) => {
    // Stored first: a browser that opens the notebook later sees what this one sees now.
    const stored = await storeKernelOutput({ executionId, output, worker: { workerId: worker.workerId, sessionId } });
    if (!stored) return { isStored: false };
    const { notebookId, cellId, seq } = stored;
    publishToRoom(stored.teamId, { kind: "notebook", id: notebookId }, "notebook:output", { notebookId, cellId, executionId, seq, output });
    return { isStored: true };
  },
  "kernel:done": (worker, done) => finishExecution(worker.workerId, done),
};
