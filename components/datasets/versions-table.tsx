import Link from "next/link";
import type { TDatasetVersionSummary } from "@/lib/datasets/schemas";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format-date";
import { formatSize } from "@/components/ui/format-size";
import { Table } from "@/components/ui/table";
import { datasetHref } from "./dataset-urls";
import { FORMAT_NAMES, formatItems, formatVersion } from "./format-dataset";
import styles from "./datasets.module.css";
import versionStyles from "./versions-table.module.css";

type TVersionsTableProps = { datasetId: string; versions: TDatasetVersionSummary[]; selected: number };

/** Every version, newest first; the one previewed below is marked, the others link to theirs. */
export function VersionsTable({ datasetId, versions, selected }: TVersionsTableProps) {
  const latest = versions[0]?.number;
  return (
    <Table label="Versions">
      <thead>
        <tr>
          <th>Version</th>
          <th>Format</th>
          <th data-align="end">Items</th>
          <th data-align="end">Size</th>
          <th>Created by</th>
          <th>Created</th>
          <th>Note</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => {
          const isSelected = version.number === selected;
          return (
            <tr key={version.id} className={isSelected ? versionStyles.selected : undefined} data-version={version.number}>
              <td>
                <span className={versionStyles.version}>
                  <Link
                    className={styles.name}
                    href={datasetHref(datasetId, version.number)}
                    aria-current={isSelected ? "true" : undefined}
                    aria-label={`${formatVersion(version.number)}${isSelected ? ", previewed below" : ", preview it"}`}
                    scroll={false}
                  >
                    {formatVersion(version.number)}
                  </Link>
                  {version.number === latest && <Badge tone={isSelected ? "accent" : "neutral"}>Latest</Badge>}
                </span>
              </td>
              <td>{FORMAT_NAMES[version.format]}</td>
              <td data-align="end" className={styles.number}>
                {formatItems(version.format, version.rowCount)}
              </td>
              <td data-align="end" className={styles.number}>
                {formatSize(version.sizeBytes)}
              </td>
              <td>{version.createdBy}</td>
              <td data-muted>{formatDateTime(version.createdAt)}</td>
              <td>
                {version.note ? (
                  <span className={versionStyles.note} title={version.note}>
                    {version.note}
                  </span>
                ) : (
                  <span className={styles.muted}>—</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
