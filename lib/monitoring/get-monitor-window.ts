// What a window's job compares: the baseline, the thresholds, and the captured requests of
// [start, end) as columns.
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { findMonitorOfJob } from "./find-monitor-of-job";
import { readCapturedColumns } from "./read-captured-columns";

export async function getMonitorWindow(actor: TActor | null, monitorId: string, window: { start: Date; end: Date }) {
  const monitor = await findMonitorOfJob(actor, monitorId);
  if (!monitor.baseline) throw new AppError("conflict", "The monitor's baseline is not computed yet.");
  const captured = await readCapturedColumns(monitor.endpointId, window);
  return { baseline: monitor.baseline, thresholds: monitor.thresholds, ...captured };
}
