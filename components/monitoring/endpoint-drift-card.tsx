"use client";
import { useQuery } from "@tanstack/react-query";
import { fetchJson } from "@/components/runs/fetch-json";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { TServedModel } from "./baseline-version-field";
import { MonitorsTable, type TMonitorRow } from "./monitors-table";
import { StartMonitoringButton } from "./start-monitoring-button";
import styles from "./monitoring.module.css";

type TEndpointDriftCardProps = { endpointId: string; canManage: boolean; servedModel: TServedModel | null; capturePercent: number };

/** On an endpoint's console: its drift monitors, or how to start one. */
export function EndpointDriftCard({ endpointId, canManage, servedModel, capturePercent }: TEndpointDriftCardProps) {
  const monitors = useQuery({
    queryKey: ["monitors"],
    queryFn: () => fetchJson<{ monitors: TMonitorRow[] }>("/api/v1/monitors"),
    select: (answer) => answer.monitors.filter((monitor) => monitor.endpoint.id === endpointId),
  });
  const isUnmonitored = monitors.data?.length === 0;
  return (
    <Card
      title="Drift monitoring"
      description="The captured requests compared with the model's training data, one window at a time."
      actions={canManage && isUnmonitored && <StartMonitoringButton endpointId={endpointId} servedModel={servedModel} />}
      isFlush
    >
      {monitors.isPending && (
        <p className={styles.note} aria-busy="true">
          Loading monitors…
        </p>
      )}
      {monitors.isError && (
        <p className={`${styles.note} ${styles.error}`} role="alert">
          Could not load the monitors: {monitors.error.message}
        </p>
      )}
      {monitors.data && monitors.data.length > 0 && <MonitorsTable monitors={monitors.data} hasEndpointColumn={false} />}
      {isUnmonitored && (
        <EmptyState
          size="inline"
          title="Not monitored"
          description={`${capturePercent}% of requests are captured. ${
            canManage ? "Start monitoring to compare them with the training data and chart their drift." : "Someone who manages endpoints can start monitoring them for drift."
          }`}
        />
      )}
    </Card>
  );
}
