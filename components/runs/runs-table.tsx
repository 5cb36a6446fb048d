import Link from "next/link";
import type { TRunPage } from "@/lib/runs/schemas";
import { Table } from "@/components/ui/table";
import { formatDateTime } from "@/components/ui/format-date";
import { formatDuration, formatMetricValue } from "./format-run";
import { RunStatusBadge } from "./run-status-badge";
import styles from "./runs.module.css";

const METRIC_COLUMNS = 4;

// The metrics most of the page's runs have, as columns.
function commonMetricKeys(runs: TRunPage["runs"]) {
  const counts = new Map<string, number>();
  for (const run of runs) for (const key of Object.keys(run.metrics)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, METRIC_COLUMNS).map(([key]) => key).sort();
}

export function RunsTable({ runs }: { runs: TRunPage["runs"] }) {
  const keys = commonMetricKeys(runs);
  return (
    <Table label="Runs">
      <thead>
        <tr>
          <th>Run</th>
          <th>Status</th>
          <th>Project</th>
          <th>By</th>
          <th>Started</th>
          <th data-align="end">Duration</th>
          {keys.map((key) => (
            <th key={key} data-align="end">
              {key}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id}>
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
            {keys.map((key) => (
              <td key={key} data-align="end" className={styles.number}>
                {formatMetricValue(run.metrics[key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
