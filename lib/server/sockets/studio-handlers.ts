// What each inbound /studio event does, as plain functions of (actor, payload), so that
// permissions.test.ts can call every one for every role without a socket.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize, authorizeInTeam, requireActor } from "@/lib/auth/authorize";
import { STUDIO_INBOUND, roomName, type TRoom, type TStudioInboundEvent } from "@/lib/protocol";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedNotebook } from "@/lib/notebooks/find-authorized-notebook";
import { completeCode, inspectCode } from "@/lib/kernels/complete-code";
import { interruptKernel, restartKernel, shutdownKernel } from "@/lib/kernels/control-kernel";
import { executeCell } from "@/lib/kernels/execute-cell";
import { startNotebookKernel } from "@/lib/kernels/start-notebook-kernel";
import { findAuthorizedRun } from "@/lib/runs/find-authorized-run";
import { findAuthorizedJob } from "@/lib/jobs/find-authorized-job";
import { findAuthorizedSweep } from "@/lib/sweeps/find-authorized-sweep";
import { findAuthorizedEndpoint } from "@/lib/endpoints/find-authorized-endpoint";
import { findAuthorizedMonitor } from "@/lib/monitoring/find-authorized-monitor";
import { claimNextItem } from "@/lib/labeling/claim-next-item";
import { submitAnnotation } from "@/lib/labeling/submit-annotation";

/** What the socket should do after the handler: join or leave a room, answer with data. */
export type TEffect = { join?: string; leave?: string; ack?: unknown };
type THandler<E extends TStudioInboundEvent> = (
  actor: TActor | null,
  payload: z.infer<(typeof STUDIO_INBOUND)[E]>,
) => Promise<TEffect>;

async function authorizeRoom(actor: TActor | null, room: TRoom) {
  if (room.kind === "team") return authorizeInTeam(actor, "team.read");
  if (room.kind === "workers") return authorizeInTeam(actor, "worker.read");
  if (room.kind === "notebook") return findAuthorizedNotebook(actor, "notebook.read", room.id);
  if (room.kind === "runs") return authorizeInTeam(actor, "run.read");
  if (room.kind === "run") return findAuthorizedRun(actor, room.id);
  if (room.kind === "jobs") return authorizeInTeam(actor, "run.read");
  if (room.kind === "job") return findAuthorizedJob(actor, "run.read", room.id);
  if (room.kind === "sweeps") return authorizeInTeam(actor, "run.read");
  if (room.kind === "sweep") return findAuthorizedSweep(actor, "run.read", room.id);
  if (room.kind === "endpoints") return authorizeInTeam(actor, "endpoint.read");
  if (room.kind === "endpoint") return findAuthorizedEndpoint(actor, "endpoint.read", room.id);
  if (room.kind === "monitors") return authorizeInTeam(actor, "monitoring.read");
  if (room.kind === "monitor") return findAuthorizedMonitor(actor, room.id);
  const { teamId } = requireActor(actor);
  const project = await db.project.findFirst({ where: { id: room.id, teamId } });
  if (!project) throw new AppError("not_found", "Not found.");
  return authorize(actor, "project.read", project);
}

export const STUDIO_HANDLERS: { [E in TStudioInboundEvent]: THandler<E> } = {
  "room:join": async (actor, { room }) => {
    const { teamId } = await authorizeRoom(actor, room);
    return { join: roomName(teamId, room) };
  },
  "room:leave": async (actor, { room }) => {
    const { teamId } = authorizeInTeam(actor, "team.read");
    return { leave: roomName(teamId, room) };
  },
  // The kernel events answer with the notebook's kernel ({ sessionId, state, workerHostname, reason }).
  "kernel:start": async (actor, { notebookId }) => ({ ack: await startNotebookKernel(actor, notebookId) }),
  "kernel:interrupt": async (actor, { notebookId }) => ({ ack: await interruptKernel(actor, notebookId) }),
  "kernel:restart": async (actor, { notebookId }) => ({ ack: await restartKernel(actor, notebookId) }),
  "kernel:shutdown": async (actor, { notebookId }) => ({ ack: await shutdownKernel(actor, notebookId) }),
  "cell:execute": async (actor, input) => ({ ack: await executeCell(actor, input) }),
  "cell:complete": async (actor, input) => ({ ack: await completeCode(actor, input) }),
  "cell:inspect": async (actor, input) => ({ ack: await inspectCode(actor, input) }),
  "labeling:next": async (actor, { projectId, exclude }) => ({ ack: await claimNextItem(actor, projectId, exclude) }),
  "labeling:submit": async (actor, input) => ({ ack: await submitAnnotation(actor, input) }),
};

/** Events that change a notebook's kernel or cells run one at a time per browser socket, in
 * the order sent: "restart, then run all" must run all on the restarted kernel. */
export const ORDERED_EVENTS = new Set<TStudioInboundEvent>(["kernel:start", "kernel:interrupt", "kernel:restart", "kernel:shutdown", "cell:execute"]);
