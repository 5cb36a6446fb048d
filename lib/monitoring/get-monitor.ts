// Monitors as the Monitoring page shows them: each with its endpoint and where it stands,
// and one with its windows over time (per feature: every metric), newest last.
import { authorizeInTeam } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedMonitor } from "./find-authorized-monitor";

const MAX_WINDOWS = 500;

export async function findMonitors(actor: TActor | null) {
  const { teamId } = authorizeInTeam(actor, "monitoring.read");
  const monitors = await db.monitor.findMany({
    where: { teamId },
    orderBy: { createdAt: "desc" },
    include: { endpoint: { select: { id: true, name: true } }, results: { orderBy: { windowStart: "desc" }, take: 1, select: { windowEnd: true, drifted: true, rows: true } } },
  });
  return monitors.map((m) => ({ id: m.id, endpoint: m.endpoint, status: m.status, reason: m.reason, windowMinutes: m.windowMinutes, latest: m.results[0] ?? null }));
}
export type TMonitorSummary = Awaited<ReturnType<typeof findMonitors>>[number];

export async function getMonitor(actor: TActor | null, monitorId: string) {
  const monitor = await findAuthorizedMonitor(actor, monitorId);
  const [endpoint, dataset, results] = await Promise.all([
    db.endpoint.findUniqueOrThrow({ where: { id: monitor.endpointId }, select: { id: true, name: true } }),
    db.datasetVersion.findUniqueOrThrow({ where: { id: monitor.datasetVersionId }, select: { number: true, dataset: { select: { id: true, name: true } } } }),
    db.monitorResult.findMany({ where: { monitorId }, orderBy: { windowStart: "desc" }, take: MAX_WINDOWS }),
  ]);
  const baseline = monitor.baseline as { features?: Record<string, { kind?: string }> } | null;
  return {
    id: monitor.id,
    endpoint,
    dataset: { id: dataset.dataset.id, name: dataset.dataset.name, number: dataset.number },
    status: monitor.status,
    reason: monitor.reason,
    windowMinutes: monitor.windowMinutes,
    thresholds: monitor.thresholds as Record<string, number>,
    webhookUrl: monitor.webhookUrl,
    computedUntil: monitor.computedUntil,
    features: Object.entries(baseline?.features ?? {}).map(([name, f]) => ({ name, kind: f.kind ?? "numeric" })),
    windows: results.reverse().map((r) => ({ id: r.id, windowStart: r.windowStart, windowEnd: r.windowEnd, rows: r.rows, drifted: r.drifted, features: r.features as Record<string, Record<string, unknown>> })),
  };
}
export type TMonitorView = Awaited<ReturnType<typeof getMonitor>>;
