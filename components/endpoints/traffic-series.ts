// An endpoint's traffic, second by second and per deployment, as the console's charts draw it:
// the stored seconds the page starts from, extended by the live ones as they arrive.
import type { TMetricSeries } from "@/components/charts/metric-values";

export const TRAFFIC_WINDOW_SECONDS = 15 * 60;

/** One deployment's second; `at` in epoch seconds. */
export type TTrafficSecond = { deploymentId: string; at: number; requests: number; errors: number; p50Ms: number; p95Ms: number; p99Ms: number };
type TStats = Omit<TTrafficSecond, "deploymentId" | "at">;

/** A deployment as the charts name and colour it. */
export type TDeploymentSeries = { deploymentId: string; label: string; colour: string };

/** The seconds of a live "endpoint:traffic" event, or of GET …/traffic (whose `at` is ISO text too). */
export function toTrafficSeconds(at: string, deployments: ReadonlyArray<TStats & { deploymentId: string }>): TTrafficSecond[] {
  const epoch = Math.floor(Date.parse(at) / 1000);
  return deployments.map(({ deploymentId, requests, errors, p50Ms, p95Ms, p99Ms }) => ({ deploymentId, at: epoch, requests, errors, p50Ms, p95Ms, p99Ms }));
}

const keyOf = (second: TTrafficSecond) => `${second.deploymentId}@${second.at}`;

/**
 * The stored seconds, then the live ones newer than the newest stored (older ones are in it
 * already), in time order, the last window only. Several studio processes each publish their
 * share of one second: those add up, and their percentiles combine as the worst, as they do
 * in the database.
 */
export function mergeTraffic(stored: readonly TTrafficSecond[], live: readonly TTrafficSecond[], windowSeconds = TRAFFIC_WINDOW_SECONDS): TTrafficSecond[] {
  const newestStored = stored.reduce((newest, second) => Math.max(newest, second.at), -Infinity);
  const merged = new Map(stored.map((second) => [keyOf(second), second]));
  for (const second of live) {
    if (second.at <= newestStored) continue;
    const same = merged.get(keyOf(second));
    merged.set(
      keyOf(second),
      same
        ? { ...same, requests: same.requests + second.requests, errors: same.errors + second.errors, p50Ms: Math.max(same.p50Ms, second.p50Ms), p95Ms: Math.max(same.p95Ms, second.p95Ms), p99Ms: Math.max(same.p99Ms, second.p99Ms) }
        : second,
    );
  }
  const seconds = [...merged.values()].sort((a, b) => a.at - b.at);
  const newest = seconds.at(-1)?.at ?? 0;
  return seconds.filter((second) => second.at > newest - windowSeconds);
}

type TSeriesOptions = {
  value: (second: TTrafficSecond) => number;
  /** Counts are 0 in the seconds a deployment got no request (no row is kept for them); a
   * latency has no value there, so its line is not drawn down to 0. */
  isCount: boolean;
};

/** One line per deployment that has seconds in the window, with its colour, in the deployments' order. */
export function trafficSeries(seconds: readonly TTrafficSecond[], deployments: readonly TDeploymentSeries[], { value, isCount }: TSeriesOptions) {
  const first = seconds[0]?.at ?? 0;
  const last = seconds.at(-1)?.at ?? -1;
  const drawn = deployments.flatMap((deployment) => {
    const own = new Map(seconds.filter((s) => s.deploymentId === deployment.deploymentId).map((s) => [s.at, value(s)]));
    if (own.size === 0) return [];
    const times = isCount ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [...own.keys()];
    const series: TMetricSeries = {
      id: deployment.deploymentId,
      name: deployment.label,
      points: times.map((time, step) => ({ step, time, value: own.get(time) ?? 0 })),
    };
    return [{ series, colour: deployment.colour }];
  });
  return { series: drawn.map((d) => d.series), colours: drawn.map((d) => d.colour) };
}
