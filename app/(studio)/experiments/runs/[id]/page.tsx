import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { getMetricSeries } from "@/lib/runs/get-metric-series";
import { getRun } from "@/lib/runs/get-run";
import { CHART_BUCKETS } from "@/lib/runs/schemas";
import { formatDuration } from "@/components/runs/format-run";
import { RunView } from "@/components/runs/run-view";
import { formatDateTime } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";

type TProps = { params: Promise<{ id: string }> };

// The first charts' points come with the page: drawn at once, without a request after load.
const CHARTS_WITH_THE_PAGE = 8;

// Cached per request: the metadata and the page ask for the same run.
const findPageRun = cache(async (id: string) => {
  const actor = await requirePageActor("run.read");
  try {
    return { actor, run: await getRun(actor, id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: (await findPageRun((await params).id)).run.name };
}

export default async function RunPage({ params }: TProps) {
  const { actor, run } = await findPageRun((await params).id);
  const initialSeries = await Promise.all(
    run.metrics.slice(0, CHARTS_WITH_THE_PAGE).map((metric) => getMetricSeries(actor, { runId: run.id, key: metric.key, buckets: CHART_BUCKETS })),
  );
  const source = run.notebook
    ? { href: `/notebooks/${run.notebook.id}`, name: run.notebook.name }
    : run.job && { href: `/experiments/jobs/${run.job.id}`, name: `job ${run.job.name}` };
  const origin = source ? (
    <>
      {" "}
      from <Link href={source.href}>{source.name}</Link>
      {run.workerHostname && ` on ${run.workerHostname}`}
    </>
  ) : null;
  return (
    <>
      <PageHeader
        parent={<Link href="/experiments">← Experiments</Link>}
        title={run.name}
        description={
          <>
            {run.project.name} · {run.createdBy ? `by ${run.createdBy}` : "logged with an API token"}
            {origin} · started {formatDateTime(run.startedAt)}
            {run.finishedAt && ` · ran ${formatDuration(run.startedAt, run.finishedAt)}`}
            {run.tags.length > 0 && ` · ${run.tags.join(", ")}`}
          </>
        }
      />
      <RunView run={run} initialSeries={initialSeries} canAddRules={can(actor, "run.create", { teamId: actor.teamId })} canRegister={can(actor, "model.manage", { teamId: actor.teamId })} />
    </>
  );
}
