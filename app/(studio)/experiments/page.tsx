import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { findRuns } from "@/lib/runs/find-runs";
import { ZFindRunsQuery } from "@/lib/runs/schemas";
import { RUNS_ROOM } from "@/lib/protocol/studio-events";
import { LiveRefresh } from "@/components/live/live-refresh";
import { ExperimentsTabs } from "@/components/runs/experiments-tabs";
import { runsHref, toRunsSearch } from "@/components/runs/runs-query";
import { CompareRunsButton, RunSelection } from "@/components/runs/run-selection";
import { RunsTable } from "@/components/runs/runs-table";
import { RunsToolbar } from "@/components/runs/runs-toolbar";
import styles from "@/components/runs/runs.module.css";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FlaskIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Experiments" };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExperimentsPage({ searchParams }: TProps) {
  const actor = await requirePageActor("run.read");
  const search = toRunsSearch(await searchParams);
  const parsed = ZFindRunsQuery.safeParse(search);
  // A filter that does not parse is said, and the table shows every run meanwhile.
  const page = await findRuns(actor, parsed.success ? parsed.data : ZFindRunsQuery.parse({}));
  const problem = parsed.success ? null : parsed.error.issues[0];
  const isFiltered = Boolean(search.q || search.tag || search.status || search.where || search.project);
  const header = (
    <>
      <PageHeader
        title="Experiments"
        description="Training runs and sweeps, with their metrics, confusion matrices and system load, live while they train."
        actions={<LiveRefresh event="run:changed" room={RUNS_ROOM} />}
      />
      <ExperimentsTabs current="runs" />
    </>
  );
  if (page.total === 0 && !isFiltered && !problem) {
    return (
      <>
        {header}
        <EmptyState
          icon={<FlaskIcon />}
          title="No runs yet"
          description={
            <>
              Log one from a notebook cell: <code>import mlstudio; run = mlstudio.init(); run.log({"{"}&quot;loss&quot;: 0.3{"}"})</code>. It
              appears here at once, to watch live and to compare with other runs. Runs logged by a training job (a script or notebook run
              on a worker) appear here too.
            </>
          }
          action={
            <>
              <ButtonLink href="/notebooks">Open a notebook</ButtonLink>
              <ButtonLink href="/experiments/jobs">Training jobs</ButtonLink>
            </>
          }
        />
      </>
    );
  }
  return (
    <>
      {header}
      <RunSelection>
        <Card
          title="Runs"
          description={`${page.total.toLocaleString("en")} ${page.total === 1 ? "run" : "runs"}${isFiltered ? " match" : ""}.`}
          actions={<CompareRunsButton />}
          isFlush
        >
          <RunsToolbar search={search} columns={page.columns} availableColumns={page.availableColumns} />
          {problem && (
            <p className={styles.error} role="alert">
              {problem.path.join(".")}: {problem.message}
            </p>
          )}
          {page.total === 0 ? (
            <p className={styles.empty}>No run matches these filters.</p>
          ) : (
            <RunsTable page={page} search={search} />
          )}
          <Pager label="Pages of runs" page={page.page} total={page.total} pageSize={page.pageSize} hrefOf={(n) => runsHref(search, { page: String(n) })} />
        </Card>
      </RunSelection>
    </>
  );
}
