// What monitoring jobs send back: the baseline (the monitor starts watching), a window's
// drift (stored, published live, and an alert when a feature passed a threshold), or why
// the job could not do its work.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { RUNS_ROOM } from "@/lib/protocol";
import type { TActor } from "@/lib/permissions";
import { publishToRoom } from "@/lib/server/publish";
import { deliverWebhook } from "./deliver-webhook";
import { findMonitorOfJob } from "./find-monitor-of-job";
import type { TWindowResultBody } from "./schemas";

function publishMonitor(teamId: string, monitorId: string) {
  publishToRoom(teamId, { kind: "monitor", id: monitorId }, "monitor:changed", { monitorId });
  publishToRoom(teamId, { kind: "monitors" }, "monitor:changed", { monitorId });
}

export async function storeMonitorBaseline(actor: TActor | null, monitorId: string, baseline: Prisma.InputJsonObject) {
  const monitor = await findMonitorOfJob(actor, monitorId);
  await db.monitor.update({ where: { id: monitor.id }, data: { baseline, status: "WATCHING", reason: null, computedUntil: new Date() } });
  publishMonitor(monitor.teamId, monitor.id);
  return { id: monitor.id };
}

export async function storeMonitorFailure(actor: TActor | null, monitorId: string, reason: string) {
  const monitor = await findMonitorOfJob(actor, monitorId);
  // A window that failed leaves the monitor watching; a baseline that failed leaves nothing to watch with.
  await db.monitor.update({ where: { id: monitor.id }, data: monitor.baseline ? { reason } : { status: "FAILED", reason } });
  publishMonitor(monitor.teamId, monitor.id);
  return { id: monitor.id };
}

export async function storeMonitorResult(actor: TActor | null, monitorId: string, input: TWindowResultBody) {
  const monitor = await findMonitorOfJob(actor, monitorId);
  const { features, summary } = input.result;
  const drifted = summary.drifted_features;
  const result = await db.$transaction(async (tx) => {
    const stored = await tx.monitorResult.upsert({
      where: { monitorId_windowStart: { monitorId, windowStart: input.windowStart } },
      create: { monitorId, windowStart: input.windowStart, windowEnd: input.windowEnd, rows: summary.rows, features: features as Prisma.InputJsonObject, drifted },
      update: { windowEnd: input.windowEnd, rows: summary.rows, features: features as Prisma.InputJsonObject, drifted },
    });
    const until = monitor.computedUntil && monitor.computedUntil > input.windowEnd ? monitor.computedUntil : input.windowEnd;
    const baseline = monitor.baseline as { features: Record<string, unknown> };
    const withPredictions = input.predictionBaseline && !baseline.features.prediction ? { ...baseline, features: { ...baseline.features, prediction: input.predictionBaseline } } : undefined;
    await tx.monitor.update({ where: { id: monitorId }, data: { computedUntil: until, reason: null, ...(withPredictions && { baseline: withPredictions as Prisma.InputJsonObject }) } });
    return stored;
  });
  publishMonitor(monitor.teamId, monitor.id);
  if (drifted.length > 0) await raiseDriftAlert(monitor, result.id, drifted, summary.rows);
  return { id: result.id, drifted };
}

async function raiseDriftAlert(monitor: { id: string; teamId: string; endpointId: string; webhookUrl: string | null }, resultId: string, drifted: string[], rows: number) {
  const endpoint = await db.endpoint.findUniqueOrThrow({ where: { id: monitor.endpointId }, select: { name: true } });
  const title = `${endpoint.name}: drift in ${drifted.length} feature${drifted.length === 1 ? "" : "s"}`;
  const message = `${drifted.slice(0, 5).join(", ")}${drifted.length > 5 ? ` and ${drifted.length - 5} more` : ""} passed the monitor's thresholds over ${rows} captured rows.`;
  const existing = await db.alert.findUnique({ where: { monitorResultId: resultId } });
  if (existing) return;
  const alert = await db.alert.create({ data: { teamId: monitor.teamId, title, message, monitorResultId: resultId, webhookStatus: monitor.webhookUrl ? "PENDING" : null } });
  publishToRoom(monitor.teamId, RUNS_ROOM, "alert:raised", { alertId: alert.id, runId: null, title, message });
  if (monitor.webhookUrl) {
    const payload = { alert: { id: alert.id, title, message, createdAt: alert.createdAt }, monitorId: monitor.id, endpoint: endpoint.name, driftedFeatures: drifted, rows };
    void deliverWebhook(monitor.webhookUrl, payload).then((status) => db.alert.update({ where: { id: alert.id }, data: { webhookStatus: status } }));
  }
}
