// What a window's job compares: the baseline, the thresholds, and the captured requests'
// inputs in [start, end) as columns (the model's outputs as "prediction" beside them).
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { findMonitorOfJob } from "./find-monitor-of-job";

/** A window's rows, at most: a sampled share of traffic seldom comes near. */
const MAX_WINDOW_REQUESTS = 200_000;

export async function getMonitorWindow(actor: TActor | null, monitorId: string, window: { start: Date; end: Date }) {
  const monitor = await findMonitorOfJob(actor, monitorId);
  if (!monitor.baseline) throw new AppError("conflict", "The monitor's baseline is not computed yet.");
  const requests = await db.endpointRequest.findMany({
    where: { endpointId: monitor.endpointId, status: 200, inputs: { not: undefined }, at: { gte: window.start, lt: window.end } },
    select: { inputs: true, outputs: true },
    orderBy: { id: "asc" },
    take: MAX_WINDOW_REQUESTS,
  });
  const columns: Record<string, unknown[]> = {};
  const append = (name: string, values: unknown) => {
    if (Array.isArray(values)) (columns[name] ??= []).push(...values);
  };
  for (const request of requests) {
    if (!request.inputs || typeof request.inputs !== "object") continue;
    for (const [name, values] of Object.entries(request.inputs)) append(name, values);
    const [prediction] = Object.values((request.outputs ?? {}) as Record<string, unknown>);
    append("prediction", prediction);
  }
  return { baseline: monitor.baseline, thresholds: monitor.thresholds, requests: requests.length, columns };
}
