import type { TMetricValue } from "@/lib/protocol/sdk-events";

const NUMBER = new Intl.NumberFormat("en", { maximumSignificantDigits: 4 });

export function formatMetricValue(value: TMetricValue | null | undefined) {
  if (value === null || value === undefined) return "—";
  return typeof value === "number" ? NUMBER.format(value) : value;
}

/** "3 s", "4 min 12 s", "2 h 5 min": how long a run ran, or has run so far. */
export function formatDuration(startedAt: Date, finishedAt: Date | null, now = new Date()) {
  const seconds = Math.max(0, Math.round(((finishedAt ?? now).getTime() - startedAt.getTime()) / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
