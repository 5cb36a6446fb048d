import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AppError } from "@/lib/errors";
import { getMonitor } from "@/lib/monitoring/get-monitor";
import { can } from "@/lib/permissions";
import { datasetHref } from "@/components/datasets/dataset-urls";
import { endpointHref } from "@/components/endpoints/endpoint-urls";
import { describeThresholds } from "@/components/monitoring/drift-metrics";
import { DriftOverTime } from "@/components/monitoring/drift-over-time";
import { driftFeatures, windowLabel } from "@/components/monitoring/drift-series";
import { MonitorLiveActions } from "@/components/monitoring/monitor-live-actions";
import { MonitorStatusBadge } from "@/components/monitoring/monitor-status-badge";
import { formatWindow } from "@/components/monitoring/monitors-table";
import { NoWindowsYet } from "@/components/monitoring/no-windows-yet";
import { WindowFeaturesTable } from "@/components/monitoring/window-features-table";
import styles from "@/components/monitoring/monitoring.module.css";
import pageStyles from "@/components/studio/page-sections.module.css";
import { formatDateTime } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";

type TProps = { params: Promise<{ id: string }> };

// Cached per request: the metadata and the page ask for the same monitor.
const findPageMonitor = cache(async (id: string) => {
  const actor = await requirePageActor("monitoring.read");
  try {
    return { actor, monitor: await getMonitor(actor, id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: `${(await findPageMonitor((await params).id)).monitor.endpoint.name} drift` };
}

export default async function MonitorPage({ params }: TProps) {
  const { actor, monitor } = await findPageMonitor((await params).id);
  const team = { teamId: actor.teamId };
  const features = driftFeatures(monitor.features, monitor.windows);
  const windows = monitor.windows.map((window) => ({ ...window, label: windowLabel(window) }));
  return (
    <>
      <PageHeader
        parent={<Link href="/monitoring">← Monitoring</Link>}
        title={`${monitor.endpoint.name} drift`}
        description={
          <>
            Requests captured by <Link href={endpointHref(monitor.endpoint.id)}>{monitor.endpoint.name}</Link> against{" "}
            <Link href={datasetHref(monitor.dataset.id, monitor.dataset.number)}>
              {monitor.dataset.name} v{monitor.dataset.number}
            </Link>
            , {formatWindow(monitor.windowMinutes)} · drifted when {describeThresholds(monitor.thresholds)}
            {monitor.webhookUrl && <> · alerts also go to {monitor.webhookUrl}</>}
          </>
        }
        actions={<MonitorLiveActions monitorId={monitor.id} canCompute={can(actor, "endpoint.manage", team)} isWatching={monitor.status === "WATCHING"} />}
      />
      <div className={pageStyles.stack}>
        <div className={styles.statusLine}>
          <MonitorStatusBadge status={monitor.status} />
          {/* Watching with a reason: its last window's job failed (the next one tries again). */}
          <span className={monitor.status === "COMPUTING_BASELINE" || !monitor.reason ? styles.muted : styles.error} role="status" data-monitor-reason>
            {[monitor.reason, monitor.computedUntil && `Computed up to ${formatDateTime(monitor.computedUntil)}.`].filter(Boolean).join(" ")}
          </span>
        </div>
        {windows.length === 0 ? (
          <NoWindowsYet status={monitor.status} windowMinutes={monitor.windowMinutes} dataset={`${monitor.dataset.name} v${monitor.dataset.number}`} />
        ) : (
          <>
            <DriftOverTime features={features} windows={windows} thresholds={monitor.thresholds} />
            <WindowFeaturesTable monitorId={monitor.id} features={features} windows={windows} canLabel={can(actor, "labeling.manage", team)} />
          </>
        )}
      </div>
    </>
  );
}
