"use client";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState, type ReactNode } from "react";
import { MetricChart } from "@/components/charts/metric-chart";
import { SegmentedControl } from "@/components/charts/segmented-control";
import { LiveIndicator } from "@/components/live/live-refresh";
import type { TLiveStatus } from "@/components/live/use-room-event";
import { fetchJson } from "@/components/runs/fetch-json";
import { Card } from "@/components/ui/card";
import { mergeTraffic, toTrafficSeconds, TRAFFIC_WINDOW_SECONDS, trafficSeries, type TDeploymentSeries, type TTrafficSecond } from "./traffic-series";
import { trafficQueryKey } from "./use-endpoint-live";
import styles from "./endpoints.module.css";

const CHART_HEIGHT = 180;
const NUMBER = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });
const PERCENTILES = [
  { value: "p50Ms", label: "p50" },
  { value: "p95Ms", label: "p95" },
  { value: "p99Ms", label: "p99" },
] as const;
type TPercentile = (typeof PERCENTILES)[number]["value"];

type TStoredSecond = Omit<TTrafficSecond, "at"> & { at: string };

type TTrafficChartProps = {
  title: string;
  /** The value axis' title, with its unit. */
  axisLabel: string;
  unit: string;
  seconds: TTrafficSecond[];
  deployments: TDeploymentSeries[];
  value: (second: TTrafficSecond) => number;
  isCount: boolean;
  testId?: string;
  controls?: ReactNode;
};

/** One quantity per second, a line per version; its container says how many points it draws. */
function TrafficChart({ title, axisLabel, unit, seconds, deployments, value, isCount, testId, controls }: TTrafficChartProps) {
  const { series, colours } = useMemo(() => trafficSeries(seconds, deployments, { value, isCount }), [seconds, deployments, value, isCount]);
  const points = series.reduce((sum, one) => sum + one.points.length, 0);
  return (
    <section className={styles.column} aria-label={`${title} chart`} data-testid={testId} data-points={points}>
      <div className={styles.chartHeader}>
        <h3 className={styles.chartTitle}>{title}</h3>
        {controls}
      </div>
      {points === 0 ? (
        <p className={styles.chartEmpty} style={{ height: CHART_HEIGHT }}>
          No requests in the last 15 minutes.
        </p>
      ) : (
        <MetricChart
          metric={title}
          series={series}
          colours={colours}
          x="time"
          smoothing={0}
          isLogScale={false}
          height={CHART_HEIGHT}
          valueAxis={{ max: 1, label: axisLabel }}
          formatValue={(v) => `${NUMBER.format(v)} ${unit}`}
          hasSteps={false}
        />
      )}
    </section>
  );
}

const requestsOf = (s: TTrafficSecond) => s.requests;
const errorsOf = (s: TTrafficSecond) => s.errors;

type TTrafficCardProps = { endpointId: string; deployments: TDeploymentSeries[]; liveSeconds: TTrafficSecond[]; connection: TLiveStatus };

/** Requests, latency and errors per second and version over the last 15 minutes: the stored seconds, then the live ones. */
export function TrafficCard({ endpointId, deployments, liveSeconds, connection }: TTrafficCardProps) {
  const [percentile, setPercentile] = useState<TPercentile>("p95Ms");
  const stored = useQuery({
    queryKey: trafficQueryKey(endpointId),
    queryFn: async () => {
      const { seconds } = await fetchJson<{ seconds: TStoredSecond[] }>(`/api/v1/endpoints/${encodeURIComponent(endpointId)}/traffic?minutes=${TRAFFIC_WINDOW_SECONDS / 60}`);
      return seconds.flatMap((second) => toTrafficSeconds(second.at, [second]));
    },
  });
  const seconds = useMemo(() => mergeTraffic(stored.data ?? [], liveSeconds), [stored.data, liveSeconds]);
  const latencyOf = useMemo(() => (s: TTrafficSecond) => s[percentile], [percentile]);
  return (
    <Card title="Traffic" description="Per second and version, over the last 15 minutes." actions={<LiveIndicator status={connection} />}>
      {stored.isError && (
        <p className={styles.error} role="alert">
          Could not load the traffic history: {stored.error.message}
        </p>
      )}
      {stored.isPending ? (
        <div className={styles.chartEmpty} style={{ height: CHART_HEIGHT }} aria-busy="true">
          Loading traffic…
        </div>
      ) : (
        <div className={styles.columns}>
          <TrafficChart title="Requests" axisLabel="requests / s" unit="req/s" seconds={seconds} deployments={deployments} value={requestsOf} isCount />
          <TrafficChart
            title="Latency"
            axisLabel="latency (ms)"
            unit="ms"
            seconds={seconds}
            deployments={deployments}
            value={latencyOf}
            isCount={false}
            testId="latency-chart"
            controls={<SegmentedControl label="Percentile" options={PERCENTILES} value={percentile} onChange={setPercentile} />}
          />
          <TrafficChart title="Errors" axisLabel="errors / s" unit="errors/s" seconds={seconds} deployments={deployments} value={errorsOf} isCount />
        </div>
      )}
    </Card>
  );
}
