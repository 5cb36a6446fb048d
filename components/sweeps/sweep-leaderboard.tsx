import Link from "next/link";
import type { TSweepDetail } from "@/lib/sweeps/schemas";
import { JobStatusBadge } from "@/components/jobs/job-status-badge";
import { formatMetricValue } from "@/components/runs/format-run";
import { formatFact } from "@/components/runs/run-facts";
import runStyles from "@/components/runs/runs.module.css";
import { Table } from "@/components/ui/table";
import styles from "./sweeps.module.css";

/** The trials best first: their params, state and objective; each opens its run and its job. */
export function SweepLeaderboard({ sweep }: { sweep: TSweepDetail }) {
  const params = Object.keys(sweep.space);
  return (
    <Table label="Leaderboard">
      <thead>
        <tr>
          <th data-align="end">Rank</th>
          <th>Trial</th>
          <th>Status</th>
          <th data-align="end">Best {sweep.objective.metric}</th>
          <th data-align="end">Step</th>
          {params.map((name) => (
            <th key={name} data-align="end">
              {name}
            </th>
          ))}
          <th>Run</th>
        </tr>
      </thead>
      <tbody>
        {sweep.trials.map((trial, index) => (
          <tr key={trial.id} data-trial-number={trial.number} className={index === 0 && trial.objective !== null ? styles.best : undefined}>
            <td data-align="end" className={runStyles.number}>
              {trial.objective === null ? "—" : index + 1}
            </td>
            <td>
              <Link href={`/experiments/jobs/${trial.jobId}`}>#{trial.number}</Link>
              {trial.reason && trial.status !== "running" && trial.status !== "succeeded" && <span className={styles.reason}>{trial.reason}</span>}
            </td>
            <td>
              <JobStatusBadge status={trial.status} />
            </td>
            <td data-align="end" className={runStyles.number} data-objective>
              {formatMetricValue(trial.objective)}
            </td>
            <td data-align="end" className={runStyles.number}>
              {trial.objectiveStep ?? "—"}
            </td>
            {params.map((name) => (
              <td key={name} data-align="end" className={runStyles.number}>
                {formatFact(trial.params[name])}
              </td>
            ))}
            <td>
              {trial.runId ? <Link href={`/experiments/runs/${trial.runId}`}>Open run</Link> : "—"}
              {/* The best trial's model is the one to register: its run page has the Register button. */}
              {trial.runId && index === 0 && trial.objective !== null && (
                <Link className={styles.reason} href={`/experiments/runs/${trial.runId}`}>
                  Register its model
                </Link>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
