import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/permissions";
import { SWEEPS_ROOM } from "@/lib/protocol/studio-events";
import { findSweeps } from "@/lib/sweeps/find-sweeps";
import { ZFindSweepsQuery } from "@/lib/sweeps/schemas";
import { LiveRefresh } from "@/components/live/live-refresh";
import { ExperimentsTabs } from "@/components/runs/experiments-tabs";
import { searchHref, toRunsSearch } from "@/components/runs/runs-query";
import { SweepsTable } from "@/components/sweeps/sweeps-table";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FlaskIcon, PlusIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Sweeps" };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SweepsPage({ searchParams }: TProps) {
  const actor = await requirePageActor("run.read");
  const search = toRunsSearch(await searchParams);
  const parsed = ZFindSweepsQuery.safeParse({ page: search.page });
  const page = await findSweeps(actor, parsed.success ? parsed.data : ZFindSweepsQuery.parse({}));
  const canRun = can(actor, "job.run", { teamId: actor.teamId });
  const newSweep = canRun && (
    <>
      <ButtonLink href="/experiments/sweeps/automl">New AutoML</ButtonLink>
      <ButtonLink variant="primary" href="/experiments/sweeps/new">
        <PlusIcon size={16} />
        New sweep
      </ButtonLink>
    </>
  );
  return (
    <>
      <PageHeader
        title="Experiments"
        description="Sweeps: a training job's params searched (grid, random or Bayesian), its trials run in parallel on your workers, poor ones stopped early."
        actions={
          <>
            <LiveRefresh event="sweep:changed" room={SWEEPS_ROOM} />
            {page.total > 0 && newSweep}
          </>
        }
      />
      <ExperimentsTabs current="sweeps" />
      {page.total === 0 ? (
        <EmptyState
          icon={<FlaskIcon />}
          title="No sweeps yet"
          description={
            <>
              A sweep tunes a training job: choose a job, say which params to search (a list of values, or a range), the metric its runs log
              to optimise, e.g. <code>val_loss</code>, how many trials and how many at once. Each trial is a job of its own; trials that
              fall behind are stopped early, and the best one is a click from its run and model.
              {!canRun && " Your role may watch sweeps but not start them."}
            </>
          }
          action={newSweep}
        />
      ) : (
        <Card title="Sweeps" description={`${page.total.toLocaleString("en")} ${page.total === 1 ? "sweep" : "sweeps"}, newest first.`} isFlush>
          <SweepsTable sweeps={page.sweeps} />
          <Pager label="Pages of sweeps" page={page.page} total={page.total} pageSize={page.pageSize} hrefOf={(n) => searchHref("/experiments/sweeps", search, { page: String(n) })} />
        </Card>
      )}
    </>
  );
}
