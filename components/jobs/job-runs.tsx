import Link from "next/link";
import type { TJobDetail } from "@/lib/jobs/schemas";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import runStyles from "@/components/runs/runs.module.css";
import viewStyles from "@/components/runs/run-view.module.css";
import { Table } from "@/components/ui/table";

/** The runs the job's code logged with the SDK, oldest first: each opens its charts. */
export function JobRuns({ runs }: { runs: TJobDetail["runs"] }) {
  if (runs.length === 0) {
    return (
      <p className={viewStyles.muted}>
        None yet: a run the code starts with <code>mlstudio.init()</code> appears here, with its metrics live.
      </p>
    );
  }
  return (
    <Table label="Runs of this job">
      <tbody>
        {runs.map((run) => (
          <tr key={run.id}>
            <td>
              <Link className={runStyles.runName} href={`/experiments/runs/${run.id}`}>
                {run.name}
              </Link>
            </td>
            <td data-align="end">
              <RunStatusBadge status={run.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
