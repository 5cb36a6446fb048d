import Link from "next/link";
import type { TRunPage } from "@/lib/runs/schemas";
import type { TMetricValue } from "@/lib/protocol/sdk-events";
import { Table } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format-date";
import { formatDuration, formatMetricValue } from "./format-run";
import { sortHref, type TRunsSearch } from "./runs-query";
import { RunStatusBadge } from "./run-status-badge";
import { SelectAllRunsCheckbox, SelectRunCheckbox } from "./run-selection";
import styles from "./runs.module.css";

function formatValue(column: string, value: unknown) {
  if (column.startsWith("metric.")) return formatMetricValue(value as TMetricValue | null);
  if (value === null || value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

function SortHeader({ search, column, label, isNumeric }: { search: TRunsSearch; column: string; label: string; isNumeric?: boolean }) {
  const isCurrent = (search.sort ?? "startedAt") === column;
  const order = search.order ?? "desc";
  return (
    <th data-align={isNumeric ? "end" : undefined} aria-sort={isCurrent ? (order === "asc" ? "ascending" : "descending") : undefined}>
      <Link className={styles.sortLink} href={sortHref(search, column)}>
        {label}
        {isCurrent && <span aria-hidden="true">{order === "asc" ? " ↑" : " ↓"}</span>}
      </Link>
    </th>
  );
}

export function RunsTable({ page, search }: { page: TRunPage; search: TRunsSearch }) {
  return (
    <Table label="Runs">
      <thead>
        <tr>
          <th className={styles.selectCell}>
            <SelectAllRunsCheckbox runIds={page.runs.map((run) => run.id)} />
          </th>
          <SortHeader search={search} column="name" label="Run" />
          <SortHeader search={search} column="status" label="Status" />
          <th>Project</th>
          <th>By</th>
          <SortHeader search={search} column="startedAt" label="Started" />
          <th data-align="end">Duration</th>
          {page.columns.map((column) => (
            <SortHeader key={column} search={search} column={column} label={column.replace(/^metric\./, "")} isNumeric />
          ))}
        </tr>
      </thead>
      <tbody>
        {page.runs.map((run) => (
          <tr key={run.id}>
            <td className={styles.selectCell}>
              <SelectRunCheckbox runId={run.id} runName={run.name} />
            </td>
            <td>
              <Link className={styles.runName} href={`/experiments/runs/${run.id}`}>
                {run.name}
              </Link>
              {run.tags.length > 0 && <span className={styles.tags}>{run.tags.join(" · ")}</span>}
            </td>
            <td>
              <RunStatusBadge status={run.status} />
            </td>
            <td>{run.project.name}</td>
            <td>{run.createdBy ?? "—"}</td>
            <td>{formatDateTime(run.startedAt)}</td>
            <td data-align="end">{formatDuration(run.startedAt, run.finishedAt)}</td>
            {page.columns.map((column) => (
              <td key={column} data-align="end" className={styles.number}>
                {formatValue(column, run.values[column])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
