// Events on the /studio namespace (browsers). Inbound events are parsed with these
// schemas; anything else is refused.
import { z } from "zod";
import { ZExecuteStatus, ZKernelOutput } from "./kernel-output";
import { ZResult } from "@/lib/labeling/results";
import { ZMetricValue } from "./sdk-events";
import { ZCompletion, ZInspection, ZKernelState, ZUtilisation } from "./worker-events";

const ZId = z.string().min(1).max(64);
const ZCode = z.string().max(5_000_000);
/** Where a cell's execution stands: waiting, running, or how it ended. */
export const ZExecutionStatusName = z.enum(["queued", "running"]).or(ZExecuteStatus).or(z.literal("lost"));

export const ZRoom = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("team") }),
  // The team's workers and their load: for those who may see workers (not annotators).
  z.object({ kind: z.literal("workers") }),
  z.object({ kind: z.literal("project"), id: ZId }),
  z.object({ kind: z.literal("notebook"), id: ZId }),
  // The team's runs as they start, change and end (the runs tables); one run's live data.
  z.object({ kind: z.literal("runs") }),
  z.object({ kind: z.literal("run"), id: ZId }),
  // The team's training jobs as they queue, start and end; one job's logs and state.
  z.object({ kind: z.literal("jobs") }),
  z.object({ kind: z.literal("job"), id: ZId }),
  // The team's sweeps as they start and end; one sweep's trials as they are made, progress, end.
  z.object({ kind: z.literal("sweeps") }),
  z.object({ kind: z.literal("sweep"), id: ZId }),
  // The team's endpoints as they change; one endpoint's state and live traffic.
  z.object({ kind: z.literal("endpoints") }),
  z.object({ kind: z.literal("endpoint"), id: ZId }),
  // The team's drift monitors; one monitor's baseline and windows as they are computed.
  z.object({ kind: z.literal("monitors") }),
  z.object({ kind: z.literal("monitor"), id: ZId }),
]);
export type TRoom = z.infer<typeof ZRoom>;
export const TEAM_ROOM = { kind: "team" } as const satisfies TRoom;
export const RUNS_ROOM = { kind: "runs" } as const satisfies TRoom;
export const WORKERS_ROOM = { kind: "workers" } as const satisfies TRoom;
export const JOBS_ROOM = { kind: "jobs" } as const satisfies TRoom;
export const SWEEPS_ROOM = { kind: "sweeps" } as const satisfies TRoom;

/** Browser → server: each event's payload schema. Every one answers through an ack. */
export const STUDIO_INBOUND = {
  "room:join": z.object({ room: ZRoom }),
  "room:leave": z.object({ room: ZRoom }),
  /** Starts (or queues) a kernel for the notebook if it has none. */
  "kernel:start": z.object({ notebookId: ZId }),
  "kernel:interrupt": z.object({ notebookId: ZId }),
  "kernel:restart": z.object({ notebookId: ZId }),
  "kernel:shutdown": z.object({ notebookId: ZId }),
  /** Runs the cell's code as sent (the editor's text), after saving it; starts a kernel if the
   * notebook has none. With `version` (the cell version the text was edited from) a cell
   * changed by someone else meanwhile is refused as a conflict instead of overwritten.
   * The ack's data is { executionId }. */
  "cell:execute": z.object({ notebookId: ZId, cellId: ZId, code: ZCode, version: z.number().int().positive().optional() }),
  /** Answered in the ack with a completion / an inspection (empty when no kernel runs). */
  "cell:complete": z.object({ notebookId: ZId, code: ZCode, cursorPos: z.number().int().min(0) }),
  "cell:inspect": z.object({ notebookId: ZId, code: ZCode, cursorPos: z.number().int().min(0) }),
  /** An annotator's next item, as POST /api/v1/labeling/projects/{id}/next: over the socket the
   * annotator view saves an HTTP request's cost on every item. The ack's data is { item, remaining }. */
  "labeling:next": z.object({ projectId: ZId, exclude: z.array(ZId).max(10).default([]) }),
  /** An annotator's answer, as POST …/items/{itemId}/annotation. The ack's data is { annotationId, isNew }. */
  "labeling:submit": z.object({
    projectId: ZId,
    itemId: ZId,
    body: z.discriminatedUnion("action", [
      z.object({ action: z.literal("submit"), result: ZResult, leadTimeMs: z.number().int().min(0).max(86_400_000).optional() }),
      z.object({ action: z.literal("skip") }),
    ]),
  }),
} as const;
export type TStudioInboundEvent = keyof typeof STUDIO_INBOUND;

/** Server → browser. */
export const STUDIO_OUTBOUND = {
  "project:created": z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  // To the notebook's room:
  "notebook:kernel": z.object({
    notebookId: ZId,
    state: ZKernelState.or(z.enum(["queued", "stopped", "lost"])),
    workerHostname: z.string().nullable(),
    /** Why it is queued, dead or lost, in words for the user. */
    reason: z.string().nullable(),
  }),
  "notebook:execution": z.object({
    notebookId: ZId,
    cellId: ZId,
    executionId: ZId,
    status: ZExecutionStatusName,
    executionCount: z.number().int().nullable(),
  }),
  /** One output as the kernel sent it; `seq` orders a cell's stored outputs. Apply them as
   * Jupyter does: clear_output clears the cell (with wait: true, only when the cell's next
   * output arrives); update_display_data (seq 0: stored as no new output) replaces data and
   * metadata of every output in the notebook with the same transient.display_id. */
  "notebook:output": z.object({ notebookId: ZId, cellId: ZId, executionId: ZId, seq: z.number().int(), output: ZKernelOutput }),
  "notebook:cell-saved": z.object({
    notebookId: ZId,
    cellId: ZId,
    version: z.number().int(),
    source: z.string(),
    savedBy: z.string(),
  }),
  "notebook:cells-changed": z.object({ notebookId: ZId }),
  // To the runs room: a run started, finished, or its summary changed (the runs tables refetch).
  "run:changed": z.object({ runId: ZId, projectId: ZId }),
  // To a run's room, as the SDK's batches are stored: each metric's new points
  // ([step, time in epoch seconds, value]), and new confusion matrices or histograms.
  "run:metrics": z.object({ runId: ZId, series: z.record(z.string(), z.array(z.tuple([z.number(), z.number(), ZMetricValue]))) }),
  "run:chart": z.object({
    runId: ZId,
    kind: z.enum(["confusion", "histogram"]),
    name: z.string(),
    step: z.number(),
    data: z.record(z.string(), z.unknown()),
  }),
  // To the runs room (the alert feed) and the run's room: one of its rules fired.
  "alert:raised": z.object({ alertId: ZId, runId: ZId.nullable(), title: z.string(), message: z.string() }),
  "run:state": z.object({ runId: ZId, status: z.enum(["running", "finished", "failed"]), summary: z.record(z.string(), z.unknown()) }),
  // To the jobs room and the job's room: it queued, started, ended or waits for another reason.
  "job:state": z.object({
    jobId: ZId,
    status: z.enum(["queued", "running", "succeeded", "failed", "cancelled", "lost"]),
    attempt: z.number().int(),
    workerHostname: z.string().nullable(),
    reason: z.string().nullable(),
    exitCode: z.number().int().nullable(),
  }),
  // To the job's room, as its worker sends them: log chunks in seq order.
  "job:log": z.object({
    jobId: ZId,
    seq: z.number().int(),
    attempt: z.number().int(),
    stream: z.enum(["stdout", "stderr", "system"]),
    text: z.string(),
    time: z.string(),
  }),
  // To the sweeps room and the sweep's room: a trial was made, logged its objective, was
  // stopped early or ended; the sweep ended. Pages read the sweep again.
  "sweep:changed": z.object({ sweepId: ZId }),
  // To the endpoints room and the endpoint's room: a deployment, its traffic or a replica
  // changed. Pages read the endpoint again.
  "endpoint:changed": z.object({ endpointId: ZId }),
  // To the endpoint's room, each second it served requests: per deployment, that second's
  // requests, errors and latency percentiles (ms).
  "endpoint:traffic": z.object({
    endpointId: ZId,
    at: z.string(),
    deployments: z.array(z.object({ deploymentId: ZId, requests: z.number(), errors: z.number(), p50Ms: z.number(), p95Ms: z.number(), p99Ms: z.number() })),
  }),
  // To the monitors room and the monitor's room: its baseline or a window was computed, or
  // its job failed. Pages read the monitor again.
  "monitor:changed": z.object({ monitorId: ZId }),
  // To the workers room: on connect, disconnect, token revocation, and every heartbeat (with
  // its utilisation, for live charts).
  "worker:changed": z.object({
    workerId: ZId,
    status: z.enum(["online", "offline"]).optional(),
    utilisation: ZUtilisation.extend({ at: z.string() }).optional(),
  }),
} as const;
export type TStudioOutboundEvent = keyof typeof STUDIO_OUTBOUND;
export type TStudioPayload<E extends TStudioOutboundEvent> = z.infer<(typeof STUDIO_OUTBOUND)[E]>;

/** Every inbound event's answer; `data` where the event says so. */
export type TAck<T = unknown> =
  | { ok: true; data?: T }
  /** code and details as in AppError, e.g. a conflict's current cell source. */
  | { ok: false; error: string; code?: string; details?: Record<string, unknown> };

export function roomName(teamId: string, room: TRoom) {
  if (room.kind === "team") return `team:${teamId}`;
  if (room.kind === "workers" || room.kind === "runs" || room.kind === "jobs" || room.kind === "sweeps" || room.kind === "endpoints" || room.kind === "monitors") return `team:${teamId}:${room.kind}`;
  return `team:${teamId}:${room.kind}:${room.id}`;
}

export { ZCompletion, ZInspection };
