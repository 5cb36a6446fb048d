import Link from "next/link";
import type { TDeploymentView, TEndpointView } from "@/lib/endpoints/get-endpoint";
import { modelHref } from "@/components/models/model-urls";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";
import { DeploymentDecision } from "./deployment-decision";
import { ReplicaStatusBadge } from "./status-badges";
import { TrafficBar } from "./traffic-bar";
import type { TDeploymentSeries } from "./traffic-series";
import { TrafficSplitForm } from "./traffic-split-form";
import datasetStyles from "@/components/datasets/datasets.module.css";
import styles from "./endpoints.module.css";

type TDeploymentsCardProps = { endpoint: TEndpointView; series: TDeploymentSeries[]; canManage: boolean };

function ReplicasTable({ deployment, label }: { deployment: TDeploymentView; label: string }) {
  if (deployment.replicas.length === 0) return <p className={styles.note}>No replicas running.</p>;
  return (
    <Table label={`Replicas of ${label}`}>
      <thead>
        <tr>
          <th scope="col">Replica</th>
          <th scope="col">State</th>
          <th scope="col">Worker</th>
          <th scope="col" data-align="end">
            Restarts
          </th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {deployment.replicas.map((replica, index) => (
          <tr key={replica.id} data-replica-status={replica.status}>
            <td className={styles.number} title={replica.id}>
              #{index + 1}
            </td>
            <td>
              <ReplicaStatusBadge status={replica.status} />
            </td>
            <td className={styles.code}>{replica.hostname ?? <span className={styles.muted}>Not placed yet</span>}</td>
            <td data-align="end" className={styles.number}>
              {replica.restarts}
            </td>
            <td className={styles.reason}>{replica.reason ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The versions the endpoint serves, their share of requests and replicas; the canary's split, promotion and rollback. */
export function DeploymentsCard({ endpoint, series, canManage }: TDeploymentsCardProps) {
  const look = new Map(series.map((s) => [s.deploymentId, s]));
  const labelOf = (deployment: TDeploymentView) => look.get(deployment.id)?.label ?? deployment.model.name;
  const [primary, canary] = endpoint.live;
  return (
    <Card
      title="Deployments"
      description={canary ? "A canary serves beside the primary version: set its share, then promote it or roll it back." : "One version takes all requests. Deploy another from its model's page as a canary to split traffic."}
    >
      <div className={styles.deployments}>
        {endpoint.live.length > 0 && (
          <TrafficBar shares={endpoint.live.map((d) => ({ label: labelOf(d), colour: look.get(d.id)?.colour ?? "", trafficPercent: d.trafficPercent }))} />
        )}
        {endpoint.live.length === 0 && <p className={styles.note}>No version is live: the endpoint answers every request with an error.</p>}
        {endpoint.live.map((deployment) => {
          const ready = deployment.replicas.filter((r) => r.status === "READY").length;
          return (
            <section key={deployment.id} className={styles.deployment} aria-label={labelOf(deployment)} data-deployment={labelOf(deployment)}>
              <header className={styles.deploymentHeader}>
                <span className={styles.swatch} style={{ background: look.get(deployment.id)?.colour }} aria-hidden="true" />
                <Link className={datasetStyles.name} href={modelHref(deployment.model.id)}>
                  {labelOf(deployment)}
                </Link>
                <Badge>{deployment.model.flavor}</Badge>
                <Badge tone="accent">{deployment === canary ? "Canary" : "Primary"}</Badge>
                <span className={styles.share}>{deployment.trafficPercent}% of requests</span>
                <span className={styles.muted}>
                  {ready} of {deployment.replicaCount} replicas ready{deployment.gpus > 0 && ` · ${deployment.gpus} GPU each`} · since {formatDateTime(deployment.createdAt)}
                </span>
              </header>
              {deployment.reason && <p className={styles.reason}>{deployment.reason}</p>}
              <ReplicasTable deployment={deployment} label={labelOf(deployment)} />
            </section>
          );
        })}
        {canManage && primary && canary && (
          <div className={styles.decision}>
            <TrafficSplitForm key={canary.trafficPercent} endpointId={endpoint.id} canary={{ id: canary.id, label: labelOf(canary), trafficPercent: canary.trafficPercent }} primaryLabel={labelOf(primary)} />
            <DeploymentDecision endpointId={endpoint.id} canary={{ id: canary.id, label: labelOf(canary) }} primaryLabel={labelOf(primary)} />
          </div>
        )}
        {endpoint.retired.length > 0 && (
          <details className={styles.retired}>
            <summary>Retired versions ({endpoint.retired.length})</summary>
            <ul>
              {endpoint.retired.map((deployment) => (
                <li key={deployment.id}>
                  {labelOf(deployment)}: {deployment.reason ?? "retired"}
                  {deployment.retiredAt && <span className={styles.muted}> · {formatDateTime(deployment.retiredAt)}</span>}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </Card>
  );
}
