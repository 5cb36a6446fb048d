// The team's jobs, newest first, a page at a time, by project and status.
import type { JobStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { JOB_SUMMARY_SELECT, toJobSummary } from "./job-summary";
import type { TFindJobsQuery, TJobPage } from "./schemas";

const PAGE_SIZE = 50;

export async function findJobs(actor: TActor | null, query: TFindJobsQuery): Promise<TJobPage> {
  const { teamId } = authorizeInTeam(actor, "run.read");
  const where = {
    teamId,
    ...(query.projectId && { projectId: query.projectId }),
    ...(query.status && { status: query.status.toUpperCase() as JobStatus }),
  };
  const [jobs, total] = await Promise.all([
    db.job.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (query.page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: JOB_SUMMARY_SELECT }),
    db.job.count({ where }),
  ]);
  return { jobs: jobs.map(toJobSummary), total, page: query.page, pageSize: PAGE_SIZE };
}
