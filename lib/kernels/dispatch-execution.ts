// Hands one execution to its session's worker. The kernel queues executes in order, so they
// are sent as soon as the kernel exists; a worker that does not take one makes it fail
// visibly rather than wait forever.
import { sendWorkerCommand } from "@/lib/workers/send-worker-command";
import { endInFlightExecutions } from "./end-executions";

export type TDispatch = { workerId: string; hostname: string; sessionId: string; executionId: string; code: string };

export async function dispatchExecution(dispatch: TDispatch) {
  const { workerId, hostname, sessionId, executionId, code } = dispatch;
  const ack = await sendWorkerCommand(workerId, "kernel:execute", { sessionId, executionId, code });
  if (ack.ok) return;
  await endInFlightExecutions({
    where: { id: executionId },
    status: "LOST",
    explain: () => ({ ename: "WorkerError", evalue: `This cell could not be sent to ${hostname}: ${ack.error}` }),
  });
}

/** In order, without waiting for one ack before the next send: the kernel keeps the order. */
export function dispatchExecutions(dispatches: TDispatch[]) {
  for (const dispatch of dispatches) {
    dispatchExecution(dispatch).catch((error) => console.error(`[kernels] could not dispatch ${dispatch.executionId}`, error));
  }
}
