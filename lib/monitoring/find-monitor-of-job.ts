// The monitor a monitoring job works for. Only that job's own token is heard: a job token
// may read the window and post the result of the one monitor it was started for, and a
// person (or any other token) may do neither.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize, requireActor } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";

export async function findMonitorOfJob(actor: TActor | null, monitorId: string) {
  const caller = requireActor(actor);
  if (!caller.jobId) throw new AppError("forbidden", "Only the monitor's own jobs report its drift.");
  const job = await db.job.findFirst({ where: { id: caller.jobId, teamId: caller.teamId, status: "RUNNING", params: { path: ["monitorId"], equals: monitorId } }, select: { id: true } });
  if (!job) throw new AppError("forbidden", "This job does not work for that monitor.");
  const monitor = await db.monitor.findFirst({ where: { id: monitorId, teamId: caller.teamId } });
  if (!monitor) throw new AppError("not_found", "This monitor does not exist.");
  authorize(caller, "monitoring.report", monitor);
  return monitor;
}
