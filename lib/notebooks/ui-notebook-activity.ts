// For notebook lists: each notebook's kernel (state, where it runs) and when it last ran a
// cell. Two queries for any number of notebooks, scoped to the actor's team.
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { toKernelStateName, type TKernelStateName } from "@/lib/kernels/kernel-states";

export type TNotebookActivity = { kernelState: TKernelStateName; workerHostname: string | null; lastRunAt: Date | null };

export async function findNotebookActivity(actor: TActor | null, notebookIds: string[]): Promise<Map<string, TNotebookActivity>> {
  const { teamId } = authorizeInTeam(actor, "notebook.read");
  const activity = new Map<string, TNotebookActivity>();
  if (notebookIds.length === 0) return activity;
  const [sessions, runs] = await Promise.all([
    db.kernelSession.findMany({
      where: { teamId, notebookId: { in: notebookIds } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      distinct: ["notebookId"],
      select: { notebookId: true, state: true, worker: { select: { hostname: true } } },
    }),
    db.$queryRaw<Array<{ notebookId: string; lastRunAt: Date }>>`
      SELECT c."notebookId", MAX(e."queuedAt") AS "lastRunAt"
      FROM "Execution" e
      JOIN "KernelSession" s ON s.id = e."sessionId"
      JOIN "Cell" c ON c.id = e."cellId"
      WHERE s."teamId" = ${teamId} AND c."notebookId" IN (${Prisma.join(notebookIds)})
      GROUP BY c."notebookId"`,
  ]);
  const lastRun = new Map(runs.map((run) => [run.notebookId, run.lastRunAt]));
  for (const id of notebookIds) activity.set(id, { kernelState: "stopped", workerHostname: null, lastRunAt: lastRun.get(id) ?? null });
  for (const session of sessions) {
    activity.set(session.notebookId, {
      kernelState: toKernelStateName(session.state),
      workerHostname: session.worker?.hostname ?? null,
      lastRunAt: lastRun.get(session.notebookId) ?? null,
    });
  }
  return activity;
}
