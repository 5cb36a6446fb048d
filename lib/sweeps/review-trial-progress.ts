// A trial's run logged its objective: the trial's best so far is kept (for the live
// leaderboard), and early stopping judges the steps it newly reached against the sweep's other
// trials. A trial judged poor is stopped: its job is cancelled, and the trial says why.
import { db } from "@/lib/db";
import { appendJobLog } from "@/lib/jobs/append-job-log";
import { requestJobStop } from "@/lib/jobs/request-job-stop";
import { judgeTrial, ZEarlyStopping, type TEarlyStopping, type TSeries } from "./early-stopping";
import { publishSweepChange } from "./publish-sweep";
import { refreshTrialObjectives } from "./refresh-trial-objectives";

function findTrialForReview(jobId: string) {
  return db.sweepTrial.findUnique({ where: { jobId }, include: { sweep: true, job: { select: { id: true, attempt: true, status: true, workerId: true } } } });
}
type TTrial = NonNullable<Awaited<ReturnType<typeof findTrialForReview>>>;

type TPoint = { trialId: string; step: number; value: number };

/** Every trial's objective by step, up to a step: from each trial's latest run that logs it. */
async function loadObjectiveSeries(sweep: { id: string; objectiveMetric: string }, throughStep: number) {
  const points = await db.$queryRaw<TPoint[]>`
    WITH metric AS (
      SELECT DISTINCT ON (t.id) t.id AS "trialId", m.id AS "metricId"
      FROM "SweepTrial" t
      JOIN "Run" r ON r."jobId" = t."jobId"
      JOIN "RunMetric" m ON m."runId" = r.id AND m.key = ${sweep.objectiveMetric}
      WHERE t."sweepId" = ${sweep.id}
      ORDER BY t.id, r."startedAt" DESC)
    SELECT metric."trialId", p.step::float8 AS step, p.value
    FROM metric JOIN "MetricPoint" p ON p."metricId" = metric."metricId"
    WHERE p.step <= ${throughStep}
    ORDER BY metric."trialId", p.step`;
  const series = new Map<string, TSeries>();
  for (const point of points) {
    if (!series.has(point.trialId)) series.set(point.trialId, []);
    series.get(point.trialId)!.push([point.step, point.value]);
  }
  return series;
}

export async function reviewTrialProgress(jobId: string, loggedKeys: ReadonlySet<string>) {
  const trial = await findTrialForReview(jobId);
  if (!trial || trial.sweep.status !== "RUNNING" || !loggedKeys.has(trial.sweep.objectiveMetric)) return;
  const { sweep } = trial;
  await refreshTrialObjectives(db, sweep, jobId);
  const rule = ZEarlyStopping.parse(sweep.earlyStopping);
  if (rule.type !== "none" && trial.job.status === "RUNNING" && trial.stopReason === null) await judge(trial, rule);
  publishSweepChange(sweep.teamId, sweep.id);
}

async function judge(trial: TTrial, rule: TEarlyStopping) {
  const { sweep } = trial;
  const latest = await db.sweepTrial.findUniqueOrThrow({ where: { id: trial.id }, select: { objectiveStep: true } });
  if (latest.objectiveStep === null) return;
  const series = await loadObjectiveSeries(sweep, Number(latest.objectiveStep));
  const others = await db.sweepTrial.findMany({ where: { sweepId: sweep.id, id: { not: trial.id } }, select: { id: true, job: { select: { status: true } } } });
  const verdict = judgeTrial({
    rule,
    direction: sweep.isMaximized ? "maximize" : "minimize",
    metric: sweep.objectiveMetric,
    trial: { series: series.get(trial.id) ?? [], judgedThroughStep: trial.judgedThroughStep === null ? null : Number(trial.judgedThroughStep) },
    others: others.map((other) => ({ series: series.get(other.id) ?? [], isComplete: other.job.status === "SUCCEEDED" })),
  });
  const stopReason = verdict.stop ? verdict.reason : null;
  const { count } = await db.sweepTrial.updateMany({
    where: { id: trial.id, stopReason: null },
    data: { judgedThroughStep: latest.objectiveStep, ...(stopReason && { stopReason }) },
  });
  if (!stopReason || count === 0) return;
  await appendJobLog({ jobId: trial.jobId, attempt: trial.job.attempt, stream: "system", text: `Early stopping: ${stopReason}\n` });
  await requestJobStop(trial.job, `Early stopping: ${stopReason}`);
}
