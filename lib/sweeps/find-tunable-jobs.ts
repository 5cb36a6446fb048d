// The jobs a new sweep can tune: the team's latest ones (not trials of a sweep), with the
// metrics their runs logged, so that the form can offer one as the objective.
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";

const MOST_JOBS = 100;

export async function findTunableJobs(actor: TActor | null) {
  const { teamId } = authorizeInTeam(actor, "job.run");
  const jobs = await db.job.findMany({
    where: { teamId, sweepTrial: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MOST_JOBS,
    select: { id: true, name: true, projectId: true, command: true, params: true, gpus: true, maxRetries: true, runs: { select: { metrics: { select: { key: true } } } } },
  });
  return jobs.map(({ runs, params, ...job }) => ({
    ...job,
    params: params as Record<string, unknown>,
    metricKeys: [...new Set(runs.flatMap((run) => run.metrics.map((metric) => metric.key)))].sort(),
  }));
}
