import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { findMonitors } from "@/lib/monitoring/get-monitor";
import { RUNS_ROOM, type TRoom } from "@/lib/protocol/studio-events";
import { findAlerts } from "@/lib/rules/find-alerts";
import { ZFindAlertsQuery } from "@/lib/rules/schemas";
import { LiveRefresh } from "@/components/live/live-refresh";
import { AlertFeed } from "@/components/monitoring/alert-feed";
import { MonitorsTable } from "@/components/monitoring/monitors-table";
import { searchHref, toRunsSearch } from "@/components/runs/runs-query";
import pageStyles from "@/components/studio/page-sections.module.css";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ActivityIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Monitoring" };

const MONITORS_ROOM = { kind: "monitors" } as const satisfies TRoom;

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MonitoringPage({ searchParams }: TProps) {
  const actor = await requirePageActor("monitoring.read");
  const search = toRunsSearch(await searchParams);
  const parsed = ZFindAlertsQuery.safeParse({ page: search.page });
  const [feed, monitors] = await Promise.all([findAlerts(actor, parsed.success ? parsed.data : ZFindAlertsQuery.parse({})), findMonitors(actor)]);
  return (
    <>
      <PageHeader
        title="Monitoring"
        description="Alerts from your runs' rules and drift monitors, and each endpoint's traffic compared with its model's training data."
        actions={<LiveRefresh event="alert:raised" room={RUNS_ROOM} />}
      />
      <div className={pageStyles.stack}>
        <Card title="Alerts" description="A run's rule that fired (a NaN, a metric that stopped improving, one past its threshold), or a window that drifted. Newest first." isFlush>
          {feed.total === 0 ? (
            <EmptyState
              size="inline"
              title="No alerts"
              description={
                <>
                  Give a run rules, e.g. <code>mlstudio.init(rules=[mlstudio.rules.nan(&quot;loss&quot;, stop=True)])</code>, or add one on a running
                  run&apos;s page; when one fires it appears here at once.
                </>
              }
            />
          ) : (
            <>
              <AlertFeed alerts={feed.alerts} />
              <Pager label="Pages of alerts" page={feed.page} total={feed.total} pageSize={feed.pageSize} hrefOf={(n) => searchHref("/monitoring", search, { page: String(n) })} />
            </>
          )}
        </Card>
        <Card
          title="Drift monitors"
          description="Each endpoint's captured traffic compared with its model's training data, one window at a time."
          actions={<LiveRefresh event="monitor:changed" room={MONITORS_ROOM} />}
          isFlush
        >
          {monitors.length === 0 ? (
            <EmptyState
              size="inline"
              icon={<ActivityIcon />}
              title="No drift monitors"
              description="Start one from an endpoint's console (Drift monitoring, then Start monitoring): it compares the requests the endpoint captures with the dataset version its model was trained on, and charts the drift here."
              action={<ButtonLink href="/models">Go to models & endpoints</ButtonLink>}
            />
          ) : (
            <MonitorsTable monitors={monitors} />
          )}
        </Card>
      </div>
    </>
  );
}
