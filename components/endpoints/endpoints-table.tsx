import Link from "next/link";
import type { TEndpointSummary } from "@/lib/endpoints/find-endpoints";
import { pluralize } from "@/components/datasets/format-dataset";
import { versionName } from "@/components/models/format-model";
import { Table } from "@/components/ui/table";
import { endpointHref } from "./endpoint-urls";
import { EndpointStatusBadge } from "./status-badges";
import datasetStyles from "@/components/datasets/datasets.module.css";
import styles from "./endpoints.module.css";

/** The team's endpoints: whether each serves, which versions with what share, on how many replicas. */
export function EndpointsTable({ endpoints }: { endpoints: TEndpointSummary[] }) {
  return (
    <Table label="Endpoints">
      <thead>
        <tr>
          <th scope="col">Endpoint</th>
          <th scope="col">Status</th>
          <th scope="col">Serving</th>
          <th scope="col" data-align="end">
            Replicas
          </th>
        </tr>
      </thead>
      <tbody>
        {endpoints.map((endpoint) => (
          <tr key={endpoint.id} data-endpoint={endpoint.name}>
            <td>
              <Link className={datasetStyles.name} href={endpointHref(endpoint.id)}>
                {endpoint.name}
              </Link>
            </td>
            <td>
              <EndpointStatusBadge status={endpoint.status} />
            </td>
            <td>
              {endpoint.versions.length === 0 ? (
                <span className={styles.muted}>No live version</span>
              ) : (
                <ul className={styles.inlineList}>
                  {endpoint.versions.map((version) => (
                    <li key={`${version.model}-${version.number}`}>
                      {versionName(version.model, version.number)} <span className={styles.muted}>{version.trafficPercent}%</span>
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td data-align="end" className={styles.number}>
              {pluralize(endpoint.replicas, "replica")}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
