// Moves a sweep on: while trials are left in its budget and slots in its parallelism, the
// method suggests the next trial's params from the trials before it and the trial is queued as
// a job; once no trial runs and none is left to make, the sweep ends. Called when it is made
// and whenever one of its trials ends. The sweep's row is locked meanwhile, so two trials
// ending at once never make more trials than the budget.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { publishJobState } from "@/lib/jobs/publish-job";
import { scheduleQueuedJobs } from "@/lib/jobs/schedule-jobs";
import { publishSweepChange } from "./publish-sweep";
import { refreshTrialObjectives } from "./refresh-trial-objectives";
import { ZSearchSpace, type TParams } from "./search-space";
import { suggestParams } from "./suggest-params";

type TTx = Prisma.TransactionClient;
type TSweep = NonNullable<Awaited<ReturnType<typeof db.sweep.findUnique>>>;

const isActive = (status: string) => status === "QUEUED" || status === "RUNNING";

async function queueTrial(tx: TTx, sweep: TSweep, number: number, params: TParams) {
  const jobId = randomUUID();
  await tx.job.create({
    data: {
      id: jobId,
      teamId: sweep.teamId,
      projectId: sweep.projectId,
      name: `${sweep.name} #${number}`,
      command: sweep.command,
      params: { ...(sweep.fixedParams as TParams), ...params },
      files: sweep.files as Prisma.InputJsonValue,
      gpus: sweep.gpus,
      maxRetries: sweep.maxRetries,
      createdById: sweep.createdById,
      reason: "Waiting for a worker.",
    },
  });
  await tx.sweepTrial.create({ data: { sweepId: sweep.id, number, params, jobId } });
  return jobId;
}

async function endSweep(tx: TTx, sweep: TSweep, trials: Array<{ objective: number | null }>) {
  const isScored = trials.some((trial) => trial.objective !== null);
  const reason = isScored
    ? `All ${trials.length} trials ended.`
    : `No trial logged "${sweep.objectiveMetric}": check that the script logs it with run.log({"${sweep.objectiveMetric}": …}).`;
  await tx.sweep.update({ where: { id: sweep.id }, data: { status: isScored ? "SUCCEEDED" : "FAILED", reason, finishedAt: new Date() } });
}

export async function advanceSweep(sweepId: string) {
  const outcome = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Sweep" WHERE id = ${sweepId} FOR UPDATE`;
    const sweep = await tx.sweep.findUnique({ where: { id: sweepId } });
    if (!sweep || sweep.status !== "RUNNING") return null;
    await refreshTrialObjectives(tx, sweep);
    const trials = await tx.sweepTrial.findMany({ where: { sweepId }, orderBy: { number: "asc" }, include: { job: { select: { status: true } } } });
    // What the method learns from: an ended trial's objective (a stopped one's best so far).
    const history = trials.map((trial) => ({ params: trial.params as TParams, value: isActive(trial.job.status) ? null : trial.objective }));
    let active = trials.filter((trial) => isActive(trial.job.status)).length;
    const space = ZSearchSpace.parse(sweep.space);
    const direction = sweep.isMaximized ? "maximize" : "minimize";
    const queued: string[] = [];
    while (history.length < sweep.maxTrials && active < sweep.parallelism) {
      const params = suggestParams({ method: sweep.method.toLowerCase() as "grid" | "random" | "tpe", space, history, direction, seed: sweep.seed });
      if (!params) break; // the grid is done
      queued.push(await queueTrial(tx, sweep, history.length + 1, params));
      history.push({ params, value: null });
      active++;
    }
    if (active === 0) await endSweep(tx, sweep, trials);
    return { teamId: sweep.teamId, queued };
  });
  if (!outcome) return;
  for (const jobId of outcome.queued) await publishJobState(jobId);
  if (outcome.queued.length) await scheduleQueuedJobs(outcome.teamId);
  publishSweepChange(outcome.teamId, sweepId);
}

/** After a job ended: its sweep moves on, when the job is a sweep's trial. */
export async function advanceSweepOfTrial(jobId: string) {
  const trial = await db.sweepTrial.findUnique({ where: { jobId }, select: { sweepId: true } });
  if (trial) await advanceSweep(trial.sweepId);
}
