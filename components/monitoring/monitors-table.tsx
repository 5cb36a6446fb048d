import Link from "next/link";
import type { TMonitorSummary } from "@/lib/monitoring/get-monitor";
import { endpointHref } from "@/components/endpoints/endpoint-urls";
import { formatDateTime } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";
import { DriftBadges, MonitorStatusBadge } from "./monitor-status-badge";
import { monitorHref } from "./monitor-urls";
import styles from "./monitoring.module.css";

/** A monitor as listed; its dates are text when it came as JSON (the endpoint console reads the REST route). */
export type TMonitorRow = Omit<TMonitorSummary, "latest"> & { latest: (Omit<NonNullable<TMonitorSummary["latest"]>, "windowEnd"> & { windowEnd: Date | string }) | null };

const COUNT = new Intl.NumberFormat("en");

/** "every 60 min", "every 2 h", "every 1 day". */
export function formatWindow(minutes: number) {
  if (minutes % 1440 === 0) return `every ${minutes / 1440} ${minutes === 1440 ? "day" : "days"}`;
  if (minutes % 60 === 0 && minutes >= 120) return `every ${minutes / 60} h`;
  return `every ${minutes} min`;
}

type TMonitorsTableProps = {
  monitors: TMonitorRow[];
  /** False on an endpoint's console, where every row is of that endpoint. */
  hasEndpointColumn?: boolean;
};

/** Drift monitors, each with where it stands and what its latest window found. */
export function MonitorsTable({ monitors, hasEndpointColumn = true }: TMonitorsTableProps) {
  return (
    <Table label="Drift monitors">
      <thead>
        <tr>
          <th>Monitor</th>
          {hasEndpointColumn && <th>Endpoint</th>}
          <th>Status</th>
          <th>Window</th>
          <th>Latest window</th>
          <th>Drifted features</th>
        </tr>
      </thead>
      <tbody>
        {monitors.map((monitor) => (
          <tr key={monitor.id} data-monitor-id={monitor.id}>
            <td>
              <Link className={styles.name} href={monitorHref(monitor.id)}>
                {monitor.endpoint.name} drift
              </Link>
            </td>
            {hasEndpointColumn && (
              <td>
                <Link href={endpointHref(monitor.endpoint.id)}>{monitor.endpoint.name}</Link>
              </td>
            )}
            <td>
              <MonitorStatusBadge status={monitor.status} />
              {monitor.reason && <span className={styles.reason}>{monitor.reason}</span>}
            </td>
            <td className={styles.number}>{formatWindow(monitor.windowMinutes)}</td>
            <td className={styles.number}>
              {monitor.latest ? (
                <>
                  {formatDateTime(new Date(monitor.latest.windowEnd))}
                  <span className={styles.muted}> · {COUNT.format(monitor.latest.rows)} rows</span>
                </>
              ) : (
                <span className={styles.muted}>None yet</span>
              )}
            </td>
            <td>{monitor.latest ? <DriftBadges names={monitor.latest.drifted} /> : <span className={styles.muted}>—</span>}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
