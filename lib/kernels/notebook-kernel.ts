// A notebook's kernel as browsers see it: its latest session's state, where it runs, why.
import type { KernelState } from "@prisma/client";
import { db } from "@/lib/db";
import { publishToRoom } from "@/lib/server/publish";
import { toKernelStateName, type TKernelStateName } from "./kernel-states";

export type TNotebookKernel = { sessionId: string | null; state: TKernelStateName; workerHostname: string | null; reason: string | null };

type TSessionView = { id: string; state: KernelState; reason: string | null; worker: { hostname: string } | null };

export function findCurrentSession(notebookId: string) {
  return db.kernelSession.findFirst({
    where: { notebookId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { worker: { select: { id: true, hostname: true } } },
  });
}

export function toNotebookKernel(session: TSessionView | null): TNotebookKernel {
  return {
    sessionId: session?.id ?? null,
    state: toKernelStateName(session?.state ?? null),
    workerHostname: session?.worker?.hostname ?? null,
    reason: session?.reason ?? null,
  };
}

export async function findNotebookKernel(notebookId: string) {
  return toNotebookKernel(await findCurrentSession(notebookId));
}

export function publishKernel(teamId: string, notebookId: string, kernel: Omit<TNotebookKernel, "sessionId">) {
  publishToRoom(teamId, { kind: "notebook", id: notebookId }, "notebook:kernel", {
    notebookId,
    state: kernel.state,
    workerHostname: kernel.workerHostname,
    reason: kernel.reason,
  });
}

/** Re-reads the session and tells the notebook's browsers, if it is still the current one. */
export async function publishSessionState(sessionId: string) {
  const session = await db.kernelSession.findUnique({ where: { id: sessionId }, include: { worker: { select: { hostname: true } } } });
  if (!session) return;
  const current = await findCurrentSession(session.notebookId);
  if (current?.id !== session.id) return; // an older session's news would mislead
  publishKernel(session.teamId, session.notebookId, toNotebookKernel(session));
}
