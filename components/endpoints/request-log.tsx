"use client";
import { useQuery } from "@tanstack/react-query";
import { formatClock } from "@/components/charts/time-axis";
import { fetchJson } from "@/components/runs/fetch-json";
import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import type { TDeploymentSeries } from "./traffic-series";
import { requestsQueryKey } from "./use-endpoint-live";
import styles from "./endpoints.module.css";

type TLoggedRequest = { id: string; at: string; deploymentId: string | null; protocol: string; status: number; latencyMs: number; error: string | null; inputs: unknown };

const PREVIEW_CHARS = 80;
const MS = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });
const PROTOCOL_NAMES: Record<string, string> = { v2: "KServe V2", mlflow: "MLflow" };

/** The inputs in one short line, the whole of them (to a point) on hover. */
function previewOf(inputs: unknown) {
  if (inputs === null || inputs === undefined) return { text: "Not captured", title: undefined };
  const json = JSON.stringify(inputs);
  return { text: json.length > PREVIEW_CHARS ? `${json.slice(0, PREVIEW_CHARS)}…` : json, title: json.slice(0, 2000) };
}

/** The latest kept requests: the captured share with their inputs, and every failed one with its error. */
export function RequestLog({ endpointId, deployments }: { endpointId: string; deployments: TDeploymentSeries[] }) {
  const log = useQuery({
    queryKey: requestsQueryKey(endpointId),
    queryFn: async () => (await fetchJson<{ requests: TLoggedRequest[] }>(`/api/v1/endpoints/${encodeURIComponent(endpointId)}/requests`)).requests,
  });
  const labelOf = new Map(deployments.map((d) => [d.deploymentId, d.label]));
  const requests = log.data ?? [];
  return (
    <Card title="Request log" description="The latest 50 kept requests: the captured share of all, and every failure. Refreshed as requests come." isFlush={requests.length > 0}>
      {log.isError && (
        <p className={`${styles.error} ${requests.length > 0 ? styles.flushNote : ""}`} role="alert">
          Could not {log.data ? "refresh" : "load"} the request log: {log.error.message}
        </p>
      )}
      {log.isPending ? (
        <p className={styles.muted} role="status">
          Loading requests…
        </p>
      ) : requests.length === 0 ? (
        <p className={styles.muted}>No requests kept yet. Send one from the test panel; failures are always kept, others as the capture share says.</p>
      ) : (
        <Table label="Request log">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Version</th>
              <th scope="col">Protocol</th>
              <th scope="col" data-align="end">
                Status
              </th>
              <th scope="col" data-align="end">
                Latency (ms)
              </th>
              <th scope="col">Error or inputs</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => {
              const preview = previewOf(request.inputs);
              const isFailed = request.status >= 400;
              return (
                <tr key={request.id} data-request-status={request.status}>
                  <td className={styles.number}>{formatClock(Date.parse(request.at) / 1000)}</td>
                  <td>{(request.deploymentId && labelOf.get(request.deploymentId)) ?? "—"}</td>
                  <td>{PROTOCOL_NAMES[request.protocol] ?? request.protocol}</td>
                  <td data-align="end" className={`${styles.number} ${isFailed ? styles.errorText : ""}`}>
                    {request.status}
                  </td>
                  <td data-align="end" className={styles.number}>
                    {MS.format(request.latencyMs)}
                  </td>
                  <td className={styles.preview} title={request.error ?? preview.title}>
                    {request.error ? <span className={styles.errorText}>{request.error}</span> : preview.text}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
