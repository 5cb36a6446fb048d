import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AppError } from "@/lib/errors";
import { getJob } from "@/lib/jobs/get-job";
import { can } from "@/lib/permissions";
import { CancelJobButton } from "@/components/jobs/cancel-job-button";
import { JobFacts } from "@/components/jobs/job-facts";
import { JobLog } from "@/components/jobs/job-log";
import { JobRuns } from "@/components/jobs/job-runs";
import { ENDED_JOB_STATUSES, JobStatusBadge } from "@/components/jobs/job-status-badge";
import styles from "@/components/jobs/jobs.module.css";
import { RunFacts } from "@/components/runs/run-facts";
import pageStyles from "@/components/studio/page-sections.module.css";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/components/ui/format-date";
import { formatSize } from "@/components/ui/format-size";
import { PageHeader } from "@/components/ui/page-header";

type TProps = { params: Promise<{ id: string }> };

// Cached per request: the metadata and the page ask for the same job.
const findPageJob = cache(async (id: string) => {
  const actor = await requirePageActor("run.read");
  try {
    return { actor, job: await getJob(actor, id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: (await findPageJob((await params).id)).job.name };
}

export default async function JobPage({ params }: TProps) {
  const { actor, job } = await findPageJob((await params).id);
  const isEnded = ENDED_JOB_STATUSES.has(job.status);
  const isStopping = job.isCancelRequested && !isEnded;
  const canRun = can(actor, "job.run", { teamId: actor.teamId });
  const canCancel = !isEnded && !isStopping && canRun;
  return (
    <>
      <PageHeader
        parent={<Link href="/experiments/jobs">← Jobs</Link>}
        title={job.name}
        description={
          <>
            {job.project.name} · by {job.createdBy} · created {formatDateTime(job.createdAt)}
          </>
        }
        actions={
          <>
            {canRun && <ButtonLink href={`/experiments/sweeps/new?job=${encodeURIComponent(job.id)}`}>Sweep its params</ButtonLink>}
            {canCancel && <CancelJobButton jobId={job.id} jobName={job.name} isRunning={job.status === "running"} />}
          </>
        }
      />
      <div className={pageStyles.stack}>
        <div className={styles.statusLine}>
          <JobStatusBadge status={job.status} />
          <span className={styles.reason} role="status" data-job-reason>
            {isStopping ? "Stopping: its worker was told to end the process." : job.reason}
          </span>
        </div>
        {/* Keyed by job: a fresh log (and socket) for another job, never a mix of two. */}
        <JobLog key={job.id} jobId={job.id} jobName={job.name} />
        <div className={styles.grid}>
          <Card title="Details" isFlush>
            <JobFacts job={job} />
          </Card>
          <div className={pageStyles.stack}>
            <Card title="Runs" description="Logged by its code with the mlstudio SDK." isFlush>
              <JobRuns runs={job.runs} />
            </Card>
            <Card title="Params" description="Filled into the command as {name}, and in MLSTUDIO_PARAMS." isFlush>
              <RunFacts label="Params" facts={job.params} empty="No params." />
            </Card>
            <Card title="Files" description="As they were when the job was queued." isFlush>
              <RunFacts label="Files" facts={Object.fromEntries(job.files.map((file) => [file.path, formatSize(file.size)]))} empty="No files." />
            </Card>
          </div>
        </div>
      </div>
    </>
  );
}
