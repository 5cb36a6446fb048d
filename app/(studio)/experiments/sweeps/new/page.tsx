import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can, type TActor } from "@/lib/permissions";
import { findTunableJobs } from "@/lib/sweeps/find-tunable-jobs";
import { MayNotStartSweeps } from "@/components/sweeps/may-not-start-sweeps";
import { NewSweepForm } from "@/components/sweeps/new-sweep-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FlaskIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New sweep" };

type TProps = { searchParams: Promise<{ job?: string | string[] }> };

async function NewSweepBody({ actor, jobId }: { actor: TActor; jobId?: string }) {
  if (!can(actor, "job.run", { teamId: actor.teamId })) return <MayNotStartSweeps role={actor.role} what="sweeps" />;
  const jobs = await findTunableJobs(actor);
  if (jobs.length === 0) {
    return (
      <EmptyState
        icon={<FlaskIcon />}
        title="A sweep tunes a training job"
        description="Start a job first (a script or a notebook, with its params in the command as {name}); once it runs as you want, sweep its params from here or from its page."
        action={<ButtonLink href="/experiments/jobs/new">New job</ButtonLink>}
      />
    );
  }
  return (
    <Card>
      <NewSweepForm jobs={jobs} initialJobId={jobId} />
    </Card>
  );
}

export default async function NewSweepPage({ searchParams }: TProps) {
  const actor = await requirePageActor("run.read");
  const { job } = await searchParams;
  return (
    <>
      <PageHeader
        parent={<Link href="/experiments/sweeps">← Sweeps</Link>}
        title="New sweep"
        description="A job's code run as many trials, each with params the search method picks, on your team's workers; the best trial ranked first."
      />
      <NewSweepBody actor={actor} jobId={typeof job === "string" ? job : undefined} />
    </>
  );
}
