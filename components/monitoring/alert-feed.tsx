import Link from "next/link";
import type { TAlert } from "@/lib/rules/schemas";
import runStyles from "@/components/runs/runs.module.css";
import { formatDateTime } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";
import styles from "./alert-feed.module.css";

/** The team's alerts, newest first: what fired, on which run, when. */
export function AlertFeed({ alerts }: { alerts: TAlert[] }) {
  return (
    <Table label="Alerts">
      <thead>
        <tr>
          <th>Alert</th>
          <th>Run</th>
          <th>When</th>
        </tr>
      </thead>
      <tbody>
        {alerts.map((alert) => (
          <tr key={alert.id} data-alert-id={alert.id}>
            <td>
              <span className={styles.title}>{alert.title}</span>
              <span className={styles.message}>{alert.message}</span>
            </td>
            <td>
              {alert.run ? (
                <Link className={runStyles.runName} href={`/experiments/runs/${alert.run.id}`}>
                  {alert.run.name}
                </Link>
              ) : (
                "—"
              )}
            </td>
            <td>{formatDateTime(alert.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
