import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { findRuns } from "@/lib/runs/find-runs";
import { ZFindRunsQuery } from "@/lib/runs/schemas";
import { RUNS_ROOM } from "@/lib/protocol/studio-events";
import { LiveRefresh } from "@/components/live/live-refresh";
import { RunsTable } from "@/components/runs/runs-table";
import styles from "@/components/runs/runs.module.css";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FlaskIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Experiments" };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExperimentsPage({ searchParams }: TProps) {
  const actor = await requirePageActor("run.read");
  const query = ZFindRunsQuery.safeParse(await searchParams);
  const page = await findRuns(actor, query.success ? query.data : { page: 1 });
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  return (
    <>
      <PageHeader
        title="Experiments"
        description="Training runs and sweeps, with their metrics, confusion matrices and system load, live while they train."
        actions={<LiveRefresh event="run:changed" room={RUNS_ROOM} />}
      />
      {page.total === 0 ? (
        <EmptyState
          icon={<FlaskIcon />}
          title="No runs yet"
          description={
            <>
              Log one from a notebook cell: <code>import mlstudio; run = mlstudio.init(); run.log({"{"}&quot;loss&quot;: 0.3{"}"})</code>. It
              appears here at once, to watch live and to compare with other runs.
            </>
          }
          action={<ButtonLink href="/notebooks">Open a notebook</ButtonLink>}
        />
      ) : (
        <Card title="Runs" description={`${page.total.toLocaleString("en")} ${page.total === 1 ? "run" : "runs"}, newest first.`} isFlush>
          <RunsTable runs={page.runs} />
          {pages > 1 && (
            <nav className={styles.pager} aria-label="Pages of runs">
              <span>
                Page {page.page} of {pages}
              </span>
              <span className={styles.pagerLinks}>
                {page.page > 1 && <Link href={`/experiments?page=${page.page - 1}`}>← Newer</Link>}
                {page.page < pages && <Link href={`/experiments?page=${page.page + 1}`}>Older →</Link>}
              </span>
            </nav>
          )}
        </Card>
      )}
    </>
  );
}
