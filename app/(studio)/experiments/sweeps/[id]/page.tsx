import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { describeRuns } from "@/lib/runs/compare-runs";
import { getSweep } from "@/lib/sweeps/get-sweep";
import type { TSweepDetail } from "@/lib/sweeps/schemas";
import { JobStatusBadge } from "@/components/jobs/job-status-badge";
import jobStyles from "@/components/jobs/jobs.module.css";
import { LiveRefresh } from "@/components/live/live-refresh";
import { formatMetricValue } from "@/components/runs/format-run";
import { formatFact } from "@/components/runs/run-facts";
import pageStyles from "@/components/studio/page-sections.module.css";
import { CancelSweepButton } from "@/components/sweeps/cancel-sweep-button";
import { formatProgress } from "@/components/sweeps/format-sweep";
import { SweepCharts } from "@/components/sweeps/sweep-charts";
import { SweepFacts } from "@/components/sweeps/sweep-facts";
import { SweepLeaderboard } from "@/components/sweeps/sweep-leaderboard";
import styles from "@/components/sweeps/sweeps.module.css";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";

type TProps = { params: Promise<{ id: string }> };

// Cached per request: the metadata and the page ask for the same sweep.
const findPageSweep = cache(async (id: string) => {
  const actor = await requirePageActor("run.read");
  try {
    return { actor, sweep: await getSweep(actor, id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: (await findPageSweep((await params).id)).sweep.name };
}

function BestTrial({ sweep }: { sweep: TSweepDetail }) {
  const best = sweep.trials[0];
  if (!best || best.objective === null) {
    return <p className={styles.muted}>No trial has logged {sweep.objective.metric} yet.</p>;
  }
  const searched = Object.keys(sweep.space).map((name) => `${name} = ${formatFact(best.params[name])}`);
  return (
    <div className={styles.bestTrial} data-best-trial={best.number}>
      <span className={styles.bestValue}>{formatMetricValue(best.objective)}</span>
      <span>
        Trial #{best.number}: {searched.join(", ")}
      </span>
      {best.runId && (
        <ButtonLink size="sm" href={`/experiments/runs/${best.runId}`}>
          Open its run and model
        </ButtonLink>
      )}
    </div>
  );
}

export default async function SweepPage({ params }: TProps) {
  const { actor, sweep } = await findPageSweep((await params).id);
  const runIds = sweep.trials.flatMap((trial) => (trial.runId ? [trial.runId] : []));
  const comparison = await describeRuns(actor, runIds);
  // Lines and axes are named by trial, as the leaderboard names them.
  const numberOf = new Map(sweep.trials.map((trial) => [trial.runId, trial.number]));
  const trialRuns = { ...comparison, runs: comparison.runs.map((run) => ({ ...run, name: `#${numberOf.get(run.id)}` })) };
  const canCancel = sweep.status === "running" && can(actor, "job.run", { teamId: actor.teamId });
  return (
    <>
      <PageHeader
        parent={<Link href="/experiments/sweeps">← Sweeps</Link>}
        title={sweep.name}
        description={
          <>
            {sweep.project.name} · by {sweep.createdBy} · created {formatDateTime(sweep.createdAt)}
          </>
        }
        actions={
          <>
            <LiveRefresh event="sweep:changed" room={{ kind: "sweep", id: sweep.id }} throttleMs={1000} />
            {canCancel && <CancelSweepButton sweepId={sweep.id} sweepName={sweep.name} />}
          </>
        }
      />
      <div className={pageStyles.stack}>
        <div className={jobStyles.statusLine}>
          <JobStatusBadge status={sweep.status} />
          <div className={styles.progress}>
            <progress className={styles.progressBar} max={sweep.maxTrials} value={sweep.endedTrialCount} aria-label="Trials ended" />
            <span className={jobStyles.reason} role="status" data-sweep-progress>
              {formatProgress(sweep)}
              {sweep.reason && ` · ${sweep.reason}`}
            </span>
          </div>
        </div>
        <Card title={`Best ${sweep.objective.metric}`} description={sweep.objective.direction === "minimize" ? "The lowest any trial logged." : "The highest any trial logged."}>
          <BestTrial sweep={sweep} />
        </Card>
        <Card title="Leaderboard" description="Trials best first; stopped ones with the best they reached before they were stopped." isFlush>
          {sweep.trials.length === 0 ? (
            <EmptyState size="inline" title="No trial yet" description="The first trials are queued as soon as workers have free job slots." />
          ) : (
            <SweepLeaderboard sweep={sweep} />
          )}
        </Card>
        {runIds.length > 0 && <SweepCharts comparison={trialRuns} objective={sweep.objective} />}
        <Card title="Details" isFlush>
          <SweepFacts sweep={sweep} />
        </Card>
      </div>
    </>
  );
}
