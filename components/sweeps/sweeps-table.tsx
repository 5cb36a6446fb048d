import Link from "next/link";
import type { TSweepSummary } from "@/lib/sweeps/schemas";
import { JobStatusBadge } from "@/components/jobs/job-status-badge";
import runStyles from "@/components/runs/runs.module.css";
import { formatDateTime } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";
import { formatBest, formatObjective, METHOD_NAMES } from "./format-sweep";

/** The team's sweeps, newest first: each opens its leaderboard. */
export function SweepsTable({ sweeps }: { sweeps: TSweepSummary[] }) {
  return (
    <Table label="Sweeps">
      <thead>
        <tr>
          <th>Sweep</th>
          <th>Status</th>
          <th>Project</th>
          <th>Method</th>
          <th>Objective</th>
          <th data-align="end">Best</th>
          <th data-align="end">Trials ended</th>
          <th>By</th>
          <th>Created</th>
        </tr>
      </thead>
      <tbody>
        {sweeps.map((sweep) => (
          <tr key={sweep.id} data-sweep-id={sweep.id}>
            <td>
              <Link className={runStyles.runName} href={`/experiments/sweeps/${sweep.id}`}>
                {sweep.name}
              </Link>
            </td>
            <td>
              <JobStatusBadge status={sweep.status} />
            </td>
            <td>{sweep.project.name}</td>
            <td>{METHOD_NAMES[sweep.method]}</td>
            <td>{formatObjective(sweep.objective)}</td>
            <td data-align="end" className={runStyles.number}>
              {formatBest(sweep)}
            </td>
            <td data-align="end" className={runStyles.number}>
              {sweep.endedTrialCount} / {sweep.maxTrials}
            </td>
            <td>{sweep.createdBy}</td>
            <td>{formatDateTime(sweep.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
