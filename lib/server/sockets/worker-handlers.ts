// What each worker → server event does once its worker has said hello, as plain functions of
// (the worker, payload). Each returns what the event's ack carries.
import type { TWorkerInboundEvent, TWorkerPayload } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";
import { finishExecution } from "@/lib/kernels/finish-execution";
import { reconcileWorkerKernels } from "@/lib/kernels/reconcile-worker-kernels";
import { claimOutputSlot, forgetExecution, trackExecution, type TOutputSlot } from "@/lib/kernels/live-executions";
import { storeKernelOutput } from "@/lib/kernels/store-kernel-output";
import { updateKernelState } from "@/lib/kernels/update-kernel-state";
import { recordHeartbeat } from "@/lib/workers/record-heartbeat";
import { takeSdkBatch } from "@/lib/runs/take-sdk-batch";
import { appendJobLog } from "@/lib/jobs/append-job-log";
import { finishJob } from "@/lib/jobs/finish-job";
import { reconcileWorkerJobs } from "@/lib/jobs/lose-jobs";
import { recordReplicaStatus } from "@/lib/endpoints/replicas/record-replica-status";
import { reconcileWorkerReplicas } from "@/lib/endpoints/replicas/reconcile-worker-replicas";

export type TWorkerContext = { teamId: string; workerTokenId: string; workerId: string; hostname: string; connectedAt: Date };

type THandler<E extends TWorkerInboundEvent> = (worker: TWorkerContext, payload: TWorkerPayload<E>) => Promise<unknown>;

export const WORKER_HANDLERS: { [E in Exclude<TWorkerInboundEvent, "worker:hello">]: THandler<E> } = {
  "worker:heartbeat": async (worker, heartbeat) => {
    await recordHeartbeat({ workerId: worker.workerId, teamId: worker.teamId, heartbeat });
    await reconcileWorkerKernels({ workerId: worker.workerId, hostname: worker.hostname, kernels: heartbeat.kernels, isHello: false });
    await reconcileWorkerJobs({ workerId: worker.workerId, hostname: worker.hostname, jobs: heartbeat.jobs });
    await reconcileWorkerReplicas({ workerId: worker.workerId, teamId: worker.teamId, hostname: worker.hostname, replicas: heartbeat.replicas });
  },
  "kernel:status": (worker, status) => updateKernelState(worker, status),
  "kernel:output": async (worker, { sessionId, executionId, output: sent }) => {
    const from = { workerId: worker.workerId, sessionId };
    const output = await takeSdkBatch({ ...from, executionId, output: sent });
    if (!output) return { isStored: true };
    const isNewOutput = output.msg_type !== "update_display_data";
    const publish = ({ teamId, notebookId, cellId, seq }: TOutputSlot) =>
      publishToRoom(teamId, { kind: "notebook", id: notebookId }, "notebook:output", { notebookId, cellId, executionId, seq, output });
    // An execution known here is published at once and stored beside it; the worker keeps
    // the output until this answer, so none is lost if the store fails.
    const slot = claimOutputSlot(executionId, from, isNewOutput);
    if (slot) publish(slot);
    const stored = await storeKernelOutput({ executionId, output, worker: from, seq: slot?.seq || undefined });
    if (!stored) {
      forgetExecution(executionId); // it may no longer change its cell: its next outputs go the slow way
      return { isStored: false };
    }
    if (!slot) {
      // The slow way: stored first, so that only what may change the cell is published.
      publish(stored);
      const { teamId, notebookId, cellId, seq } = stored;
      if (isNewOutput) trackExecution(executionId, { teamId, notebookId, cellId, ...from, nextSeq: seq + 1 });
    }
    return { isStored: true };
  },
  "kernel:done": async (worker, done) => {
    await finishExecution(worker.workerId, done);
    forgetExecution(done.executionId);
  },
  // A chunk for an attempt this worker no longer runs (lost, ended) is dropped, but answered:
  // sending it again would not make it count.
  "job:log": (worker, { jobId, attempt, stream, text }) => appendJobLog({ jobId, attempt, stream, text, workerId: worker.workerId }),
  "job:exit": (worker, exit) => finishJob(worker.workerId, exit),
  "replica:status": (worker, status) => recordReplicaStatus(worker.workerId, status),
};
