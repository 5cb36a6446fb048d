// What the worker says it holds against what the server thinks it holds. At hello, sessions
// it no longer has were lost with a worker restart; at any time, kernels it holds that no
// session owns any more (stopped or lost while it was away) are shut down on it.
import { db } from "@/lib/db";
import type { TRunningKernels } from "@/lib/protocol";
import { sendWorkerCommand } from "@/lib/workers/send-worker-command";
import { HELD_STATES } from "./kernel-states";
import { loseWorkerSessions } from "./lose-worker-sessions";

type TReconcile = { workerId: string; hostname: string; kernels: TRunningKernels; isHello: boolean };

export async function reconcileWorkerKernels({ workerId, hostname, kernels, isHello }: TReconcile) {
  const held = await db.kernelSession.findMany({ where: { workerId, state: { in: HELD_STATES } }, select: { id: true, state: true } });
  const reported = new Set(kernels.map((k) => k.sessionId));
  const heldIds = new Set(held.map((s) => s.id));
  if (isHello) {
    // STARTING ones are left to their kernel:start ack, which may still be on its way.
    const missing = held.filter((s) => !reported.has(s.id) && s.state !== "STARTING").map((s) => s.id);
    if (missing.length) await loseWorkerSessions({ workerId, hostname, what: "restarted", sessionIds: missing });
  }
  const orphans = [...reported].filter((id) => !heldIds.has(id));
  for (const sessionId of orphans) {
    void sendWorkerCommand(workerId, "kernel:shutdown", { sessionId }).then((ack) => {
      if (!ack.ok) console.warn(`[workers] could not shut down orphan kernel ${sessionId} on ${hostname}: ${ack.error}`);
    });
  }
  return { orphans };
}
