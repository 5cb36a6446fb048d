import Link from "next/link";
import type { TEndpointSummary } from "@/lib/endpoints/find-endpoints";
import type { TModelView } from "@/lib/models/get-model";
import { datasetHref } from "@/components/datasets/dataset-urls";
import { endpointHref } from "@/components/endpoints/endpoint-urls";
import { VersionStatusBadge } from "@/components/endpoints/status-badges";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";
import { keyMetrics } from "./format-model";
import { runHref } from "./model-urls";
import { RemoveAliasButton } from "./remove-alias-button";
import { VersionActions } from "./version-actions";
import { SelectVersionCheckbox } from "./version-selection";
import runStyles from "@/components/runs/runs.module.css";
import datasetStyles from "@/components/datasets/datasets.module.css";
import styles from "./models.module.css";

type TVersionsTableProps = { model: TModelView; canManage: boolean; canDeploy: boolean; endpoints: TEndpointSummary[] };

/** A model's versions newest first: what each is, where it came from, who serves it, and what may be done with it. */
export function VersionsTable({ model, canManage, canDeploy, endpoints }: TVersionsTableProps) {
  const hasActions = canManage || canDeploy;
  return (
    <Table label={`Versions of ${model.name}`}>
      <thead>
        <tr>
          <th scope="col" className={runStyles.selectCell}>
            <span className="visually-hidden">Compare</span>
          </th>
          <th scope="col">Version</th>
          <th scope="col">Aliases</th>
          <th scope="col">Key metrics</th>
          <th scope="col">Trained on · run</th>
          <th scope="col">Endpoints</th>
          {hasActions && <th scope="col" aria-label="Actions" />}
        </tr>
      </thead>
      <tbody>
        {model.versions.map((version) => {
          const metrics = keyMetrics(version.metrics);
          const dataset = version.datasetVersion;
          return (
            <tr key={version.id} data-version={version.number} data-status={version.status}>
              <td className={runStyles.selectCell}>
                <SelectVersionCheckbox number={version.number} />
              </td>
              <td className={styles.versionCell}>
                <span className={styles.toolbar}>
                  <span className={datasetStyles.name}>v{version.number}</span>
                  <Badge>{version.flavor}</Badge>
                  <VersionStatusBadge status={version.status} />
                </span>
                <span className={styles.subtleBlock}>
                  {version.createdBy ?? "With an API token"} · {formatDateTime(version.createdAt)}
                </span>
                {version.description && (
                  <span className={styles.subtleBlock} title={version.description}>
                    {version.description}
                  </span>
                )}
              </td>
              <td>
                <span className={styles.badges}>
                  {version.aliases.map((alias) => (
                    <Badge key={alias} tone="accent">
                      {alias}
                      {canManage && <RemoveAliasButton modelId={model.id} alias={alias} />}
                    </Badge>
                  ))}
                </span>
              </td>
              <td className={styles.number}>
                {metrics.shown.length === 0 ? (
                  <span className={styles.subtle}>—</span>
                ) : (
                  <span className={styles.stacked}>
                    {metrics.shown.map((text) => (
                      <span key={text}>{text}</span>
                    ))}
                    {metrics.more > 0 && <span className={styles.subtle}>and {metrics.more} more: tick to compare</span>}
                  </span>
                )}
              </td>
              <td>
                <span className={styles.stacked}>
                  {dataset ? (
                    <Link href={datasetHref(dataset.datasetId, dataset.number)} title="The dataset version it was trained on">
                      {dataset.datasetName} v{dataset.number}
                    </Link>
                  ) : (
                    <span className={styles.subtle}>No dataset named</span>
                  )}
                  {version.run ? (
                    <Link href={runHref(version.run.id)} title="The run it was registered from">
                      run {version.run.name}
                    </Link>
                  ) : (
                    <span className={styles.subtle}>Uploaded file</span>
                  )}
                </span>
              </td>
              <td>
                {version.endpoints.length === 0 ? (
                  <span className={styles.subtle}>None</span>
                ) : (
                  <span className={styles.stacked}>
                    {version.endpoints.map((endpoint) => (
                      <Link key={endpoint.id} href={endpointHref(endpoint.id)}>
                        {endpoint.name} ({endpoint.trafficPercent}%)
                      </Link>
                    ))}
                  </span>
                )}
              </td>
              {hasActions && (
                <td data-align="end">
                  <VersionActions
                    modelId={model.id}
                    modelName={model.name}
                    version={{ number: version.number, status: version.status }}
                    canManage={canManage}
                    canDeploy={canDeploy}
                    endpoints={endpoints}
                  />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
