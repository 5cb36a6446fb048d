import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { findJobs } from "@/lib/jobs/find-jobs";
import { ZFindJobsQuery } from "@/lib/jobs/schemas";
import { can } from "@/lib/permissions";
import { findProjects } from "@/lib/projects/manage-projects";
import { JOBS_ROOM } from "@/lib/protocol/studio-events";
import { JobsTable } from "@/components/jobs/jobs-table";
import { JobsToolbar } from "@/components/jobs/jobs-toolbar";
import { LiveRefresh } from "@/components/live/live-refresh";
import { ExperimentsTabs } from "@/components/runs/experiments-tabs";
import { searchHref, toRunsSearch } from "@/components/runs/runs-query";
import styles from "@/components/runs/runs.module.css";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FlaskIcon, PlusIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Training jobs" };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function JobsPage({ searchParams }: TProps) {
  const actor = await requirePageActor("run.read");
  const search = toRunsSearch(await searchParams);
  const parsed = ZFindJobsQuery.safeParse({ projectId: search.project, status: search.status, page: search.page });
  // A filter that does not parse is said, and the list shows every job meanwhile.
  const [page, projects] = await Promise.all([findJobs(actor, parsed.success ? parsed.data : ZFindJobsQuery.parse({})), findProjects(actor)]);
  const problem = parsed.success ? null : parsed.error.issues[0];
  const isFiltered = Boolean(search.project || search.status);
  const canRun = can(actor, "job.run", { teamId: actor.teamId });
  const newJob = canRun && projects.length > 0 && (
    <ButtonLink variant="primary" href={search.project ? `/experiments/jobs/new?project=${encodeURIComponent(search.project)}` : "/experiments/jobs/new"}>
      <PlusIcon size={16} />
      New job
    </ButtonLink>
  );
  const isEmpty = page.total === 0 && !isFiltered && !problem;
  return (
    <>
      <PageHeader
        title="Experiments"
        description="Training jobs: a script or a notebook run on one of your team's workers as a process of its own, with its log live."
        actions={
          <>
            <LiveRefresh event="job:state" room={JOBS_ROOM} />
            {!isEmpty && newJob}
          </>
        }
      />
      <ExperimentsTabs current="jobs" />
      {isEmpty ? (
        <EmptyState
          icon={<FlaskIcon />}
          title="No training jobs yet"
          description={
            <>
              A job runs your training code on a worker without a notebook open: upload a script or a folder (or pick a notebook), say how to
              run it, e.g. <code>python train.py --lr {"{lr}"}</code> with <code>lr</code> as a param, and choose CPU or GPUs. Its output
              streams here live, a lost worker&apos;s job is retried if you allow it, and the runs it logs with <code>mlstudio</code> appear
              under Runs.
              {!canRun && " Your role may watch jobs but not start them."}
              {canRun && projects.length === 0 && " Jobs belong to a project: create one first."}
            </>
          }
          action={newJob || (canRun && <ButtonLink href="/projects">Go to projects</ButtonLink>)}
        />
      ) : (
        <Card title="Jobs" description={`${page.total.toLocaleString("en")} ${page.total === 1 ? "job" : "jobs"}${isFiltered ? " match" : ""}, newest first.`} isFlush>
          <JobsToolbar search={search} projects={projects} />
          {problem && (
            <p className={styles.error} role="alert">
              {problem.path.join(".")}: {problem.message}
            </p>
          )}
          {page.total === 0 ? <p className={styles.empty}>No job matches these filters.</p> : <JobsTable jobs={page.jobs} />}
          <Pager label="Pages of jobs" page={page.page} total={page.total} pageSize={page.pageSize} hrefOf={(n) => searchHref("/experiments/jobs", search, { page: String(n) })} />
        </Card>
      )}
    </>
  );
}
