import Link from "next/link";
import { findDatasets } from "@/lib/datasets/find-datasets";
import { can, type TActor } from "@/lib/permissions";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format-date";
import { formatSize } from "@/components/ui/format-size";
import { DatabaseIcon, UploadIcon } from "@/components/ui/icons";
import { Table } from "@/components/ui/table";
import { datasetHref } from "./dataset-urls";
import { FORMAT_NAMES, formatItems, formatVersion, pluralize } from "./format-dataset";
import styles from "./datasets.module.css";

/** The team's datasets by name, each with its latest version; for the Data & Labeling page. */
export async function DatasetsCard({ actor }: { actor: TActor }) {
  const { datasets } = await findDatasets(actor);
  const canUpload = can(actor, "dataset.edit", { teamId: actor.teamId });
  const upload = canUpload && (
    <ButtonLink variant={datasets.length ? "secondary" : "primary"} size={datasets.length ? "sm" : "md"} href="/data/upload">
      <UploadIcon size={16} />
      Upload data
    </ButtonLink>
  );
  return (
    <Card
      title="Datasets"
      description={datasets.length ? `${pluralize(datasets.length, "dataset")}, by name. Each version is kept as uploaded, so a run names exactly what it trained on.` : "Uploaded tables, images and texts, versioned so every run knows exactly what it trained on."}
      actions={datasets.length > 0 && upload}
      isFlush
    >
      {datasets.length === 0 ? (
        <EmptyState
          size="inline"
          icon={<DatabaseIcon />}
          title="No datasets yet"
          description={
            canUpload
              ? "Upload a CSV, JSON Lines or Parquet table, images, or text files. Each upload becomes a version with column statistics and a preview."
              : "When someone in your team uploads data, its datasets and versions are listed here. Your role may view datasets but not upload them."
          }
          action={upload}
        />
      ) : (
        <Table label="Datasets">
          <thead>
            <tr>
              <th>Dataset</th>
              <th>Latest</th>
              <th>Format</th>
              <th data-align="end">Items</th>
              <th data-align="end">Size</th>
              <th>Updated</th>
            </tr>
          </thead>
          <tbody>
            {datasets.map(({ id, name, description, versionCount, latest }) => (
              <tr key={id} data-dataset-id={id}>
                <td>
                  <Link className={styles.name} href={datasetHref(id)}>
                    {name}
                  </Link>
                  {description && (
                    <span className={styles.subtle} title={description}>
                      {description}
                    </span>
                  )}
                </td>
                <td className={styles.number}>
                  {latest ? formatVersion(latest.number) : "—"}
                  {versionCount > 1 && <span className={styles.subtle}>{pluralize(versionCount, "version")}</span>}
                </td>
                <td>{latest && <Badge>{FORMAT_NAMES[latest.format]}</Badge>}</td>
                <td data-align="end" className={styles.number}>
                  {latest ? formatItems(latest.format, latest.rowCount) : "—"}
                </td>
                <td data-align="end" className={styles.number}>
                  {latest ? formatSize(latest.sizeBytes) : "—"}
                </td>
                <td data-muted>{latest ? `${latest.createdBy} · ${formatDateTime(latest.createdAt)}` : "—"}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
