import Link from "next/link";
import type { TJobSummary } from "@/lib/jobs/schemas";
import runStyles from "@/components/runs/runs.module.css";
import { formatDateTime } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";
import { formatAttempt, formatJobDuration } from "./format-job";
import { JobStatusBadge } from "./job-status-badge";
import styles from "./jobs.module.css";

/** The team's jobs, newest first: each opens its page, with its log. */
export function JobsTable({ jobs }: { jobs: TJobSummary[] }) {
  return (
    <Table label="Jobs">
      <thead>
        <tr>
          <th>Job</th>
          <th>Status</th>
          <th>Project</th>
          <th>Worker</th>
          <th data-align="end">Attempt</th>
          <th>By</th>
          <th>Created</th>
          <th data-align="end">Duration</th>
        </tr>
      </thead>
      <tbody>
        {jobs.map((job) => (
          <tr key={job.id} data-job-id={job.id}>
            <td>
              <Link className={runStyles.runName} href={`/experiments/jobs/${job.id}`}>
                {job.name}
              </Link>
              <code className={styles.command} title={job.command}>
                {job.command}
              </code>
            </td>
            <td>
              <JobStatusBadge status={job.status} />
            </td>
            <td>{job.project.name}</td>
            <td>{job.workerHostname ?? "—"}</td>
            <td data-align="end" className={runStyles.number}>
              {formatAttempt(job)}
            </td>
            <td>{job.createdBy}</td>
            <td>{formatDateTime(job.createdAt)}</td>
            <td data-align="end" className={runStyles.number}>
              {formatJobDuration(job)}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
