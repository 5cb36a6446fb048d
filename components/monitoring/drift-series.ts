// A monitor's windows as the charts and the table read them: which features there are, and
// one feature's metric over the windows.
import { formatDateTime } from "@/components/ui/format-date";
import { readDriftValue, type TDriftMetric, type TFeatureKind } from "./drift-metrics";

export type TDriftWindow = {
  id: string;
  windowStart: Date;
  windowEnd: Date;
  rows: number;
  drifted: string[];
  features: Record<string, Record<string, unknown>>;
};

export type TDriftFeature = { name: string; kind: TFeatureKind };

const kindOf = (kind: unknown): TFeatureKind => (kind === "categorical" ? "categorical" : "numeric");

/**
 * The baseline's features and those only windows have (the model's prediction, compared from
 * the second window on with the first window's): those the latest window found drifted first,
 * then by name (stored JSON keeps no order of its own).
 */
export function driftFeatures(baseline: ReadonlyArray<{ name: string; kind: string }>, windows: readonly TDriftWindow[]): TDriftFeature[] {
  const features = new Map(baseline.map((feature) => [feature.name, { name: feature.name, kind: kindOf(feature.kind) }]));
  for (const window of windows) {
    for (const [name, entry] of Object.entries(window.features)) if (!features.has(name)) features.set(name, { name, kind: kindOf(entry.kind) });
  }
  const drifted = new Set(windows[windows.length - 1]?.drifted ?? []);
  const rank = (feature: TDriftFeature) => (drifted.has(feature.name) ? 0 : 1);
  return [...features.values()].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

export type TDriftPoint = {
  /** The window's end, epoch seconds. */
  at: number;
  /** Null where the window did not measure it (no values of the feature then). */
  value: number | null;
  rows: number;
  /** The rules the feature fired in that window. */
  driftedBy: string[];
};

/** A feature's rules that fired in a window; none when it was not measured there. */
export function driftedBy(entry: Record<string, unknown> | undefined): string[] {
  const rules = entry?.drifted_by;
  return Array.isArray(rules) ? rules.filter((rule): rule is string => typeof rule === "string") : [];
}

/** One feature's metric in each window, oldest first. */
export function driftPoints(windows: readonly TDriftWindow[], feature: string, metric: TDriftMetric): TDriftPoint[] {
  return windows.map((window) => {
    const entry = window.features[feature];
    return { at: new Date(window.windowEnd).getTime() / 1000, value: readDriftValue(entry, metric), rows: window.rows, driftedBy: driftedBy(entry) };
  });
}

const COUNT = new Intl.NumberFormat("en");

/** "Jan 5, 2026, 3:00 PM · 60 min · 1,234 rows · drifted": formatted on the server, in its zone, as every date is. */
export function windowLabel(window: TDriftWindow) {
  const minutes = Math.round((new Date(window.windowEnd).getTime() - new Date(window.windowStart).getTime()) / 60_000);
  return [formatDateTime(new Date(window.windowEnd)), `${minutes} min`, `${COUNT.format(window.rows)} rows`, ...(window.drifted.length ? ["drifted"] : [])].join(" · ");
}
