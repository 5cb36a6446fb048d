// Queues a monitoring job: the baseline of the training data, or one window of captured
// traffic. It runs on a worker like any training job (its log and state on the Jobs page),
// as `python -m mlstudio.monitoring.studio_job`, which reads what it needs from the studio
// with the job's own token and posts its result back.
import { randomUUID } from "node:crypto";
import type { Monitor } from "@prisma/client";
import { db } from "@/lib/db";
import { publishJobState } from "@/lib/jobs/publish-job";
import { scheduleQueuedJobs } from "@/lib/jobs/schedule-jobs";

export type TMonitorJobParams =
  | { monitorId: string; mode: "baseline"; datasetId: string; versionNumber: number; features: string[] }
  | { monitorId: string; mode: "window"; start: string; end: string };

export const MONITOR_JOB_COMMAND = "python -m mlstudio.monitoring.studio_job";

export async function startMonitorJob(monitor: Pick<Monitor, "id" | "teamId" | "projectId" | "createdById">, params: TMonitorJobParams, name: string) {
  const id = randomUUID();
  await db.job.create({
    data: { id, teamId: monitor.teamId, projectId: monitor.projectId, name, command: MONITOR_JOB_COMMAND, params, files: [], createdById: monitor.createdById, reason: "Waiting for a worker." },
  });
  await publishJobState(id);
  await scheduleQueuedJobs(monitor.teamId);
  return id;
}

/** The monitor's job that is queued or running, if any: one at a time per monitor. */
export function findActiveMonitorJob(monitorId: string) {
  return db.job.findFirst({ where: { command: MONITOR_JOB_COMMAND, status: { in: ["QUEUED", "RUNNING"] }, params: { path: ["monitorId"], equals: monitorId } }, select: { id: true } });
}
