import Link from "next/link";
import type { TModelSummary } from "@/lib/models/find-models";
import { pluralize } from "@/components/datasets/format-dataset";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";
import { modelHref } from "./model-urls";
import datasetStyles from "@/components/datasets/datasets.module.css";
import styles from "./models.module.css";

/** The team's registered models by name: the latest version, the aliases and when it last changed. */
export function ModelsTable({ models }: { models: TModelSummary[] }) {
  return (
    <Table label="Registered models">
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col">Latest</th>
          <th scope="col">Aliases</th>
          <th scope="col" data-align="end">
            Versions
          </th>
          <th scope="col">Updated</th>
        </tr>
      </thead>
      <tbody>
        {models.map((model) => (
          <tr key={model.id} data-model={model.name}>
            <td>
              <Link className={datasetStyles.name} href={modelHref(model.id)}>
                {model.name}
              </Link>
            </td>
            <td className={styles.number}>
              {model.latest ? (
                <>
                  v{model.latest.number} <span className={styles.subtle}>{model.latest.flavor}</span>
                </>
              ) : (
                "—"
              )}
            </td>
            <td>
              {model.aliases.length === 0 ? (
                <span className={styles.subtle}>None</span>
              ) : (
                <span className={styles.badges}>
                  {model.aliases.map((alias) => (
                    <Badge key={alias.alias} tone="accent">
                      {alias.alias} → v{alias.number}
                    </Badge>
                  ))}
                </span>
              )}
            </td>
            <td data-align="end" className={styles.number}>
              {pluralize(model.versionCount, "version")}
            </td>
            <td data-muted>{formatDateTime(model.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
