// The team's workers for the Workers page: online first, with what they have, their load
// (latest sample and recent history) and the kernels they run.
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { ZCapabilities } from "@/lib/protocol";
import { HELD_STATES, toKernelStateName } from "@/lib/kernels/kernel-states";
import { ZStoredUtilisation, type TWorkerSummary } from "./schemas";

export async function findWorkers(actor: TActor | null): Promise<TWorkerSummary[]> {
  const { teamId } = authorizeInTeam(actor, "worker.read");
  const workers = await db.worker.findMany({
    where: { teamId },
    orderBy: [{ status: "asc" }, { hostname: "asc" }],
    include: {
      workerToken: { select: { name: true, revokedAt: true } },
      sessions: {
        where: { state: { in: HELD_STATES } },
        orderBy: { createdAt: "asc" },
        select: { id: true, state: true, gpus: true, notebook: { select: { id: true, name: true } } },
      },
    },
  });
  return workers.map((worker) => ({
    id: worker.id,
    hostname: worker.hostname,
    status: worker.status === "ONLINE" ? "online" : "offline",
    tokenName: worker.workerToken.name,
    isTokenRevoked: worker.workerToken.revokedAt !== null,
    capabilities: ZCapabilities.safeParse(worker.capabilities).data ?? null,
    utilisation: ZStoredUtilisation.safeParse(worker.utilisation).data ?? null,
    connectedAt: worker.connectedAt,
    lastSeenAt: worker.lastSeenAt,
    kernels: worker.sessions.map((s) => ({
      sessionId: s.id,
      notebookId: s.notebook.id,
      notebookName: s.notebook.name,
      state: toKernelStateName(s.state),
      gpus: s.gpus,
    })),
  }));
}
