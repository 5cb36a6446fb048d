// Starts each watching monitor's next window once it has passed, one job at a time per
// monitor; "compute now" starts one for what has come since the last window.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedMonitor } from "./find-authorized-monitor";
import { findActiveMonitorJob, startMonitorJob } from "./start-monitor-job";

async function startWindow(monitor: { id: string; teamId: string; projectId: string; createdById: string; endpointId: string }, start: Date, end: Date) {
  const endpoint = await db.endpoint.findUniqueOrThrow({ where: { id: monitor.endpointId }, select: { name: true } });
  return startMonitorJob(monitor, { monitorId: monitor.id, mode: "window", start: start.toISOString(), end: end.toISOString() }, `${endpoint.name}: drift ${start.toISOString().slice(11, 16)}–${end.toISOString().slice(11, 16)} UTC`);
}

export async function scheduleMonitorWindows(now = new Date()) {
  const monitors = await db.monitor.findMany({ where: { status: "WATCHING", computedUntil: { not: null } } });
  let started = 0;
  for (const monitor of monitors) {
    const end = new Date(monitor.computedUntil!.getTime() + monitor.windowMinutes * 60_000);
    if (end > now || (await findActiveMonitorJob(monitor.id))) continue;
    await startWindow(monitor, monitor.computedUntil!, end);
    started += 1;
  }
  return started;
}

export async function computeMonitorNow(actor: TActor | null, monitorId: string) {
  const monitor = await findAuthorizedMonitor(actor, monitorId, "endpoint.manage");
  if (monitor.status !== "WATCHING" || !monitor.computedUntil) throw new AppError("conflict", "The monitor's baseline is not computed yet.");
  if (await findActiveMonitorJob(monitor.id)) throw new AppError("conflict", "A window of this monitor is being computed.");
  return { jobId: await startWindow(monitor, monitor.computedUntil, new Date()) };
}
