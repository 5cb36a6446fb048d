// A sweep row as the sweeps list and its page show it. The list reads of each trial only what
// its counts and best need; the page reads the trials whole, ranked best first by the
// objective, in the sweep's direction.
import type { Prisma } from "@prisma/client";
import type { TJobStatusName } from "@/lib/jobs/schemas";
import type { TSweepMethodName, TSweepStatusName, TSweepSummary, TSweepTrial, TTrialStatusName } from "./schemas";

const SWEEP_FIELDS = {
  id: true,
  name: true,
  status: true,
  method: true,
  objectiveMetric: true,
  isMaximized: true,
  maxTrials: true,
  parallelism: true,
  reason: true,
  createdAt: true,
  finishedAt: true,
  project: { select: { id: true, name: true, slug: true } },
  createdBy: { select: { name: true } },
} satisfies Prisma.SweepSelect;

const TRIAL_STANDING = { number: true, objective: true, stopReason: true, job: { select: { status: true } } } satisfies Prisma.SweepTrialSelect;

export const SWEEP_SUMMARY_SELECT = { ...SWEEP_FIELDS, trials: { select: TRIAL_STANDING } } satisfies Prisma.SweepSelect;

export const SWEEP_DETAIL_SELECT = {
  ...SWEEP_FIELDS,
  trials: {
    select: {
      ...TRIAL_STANDING,
      id: true,
      params: true,
      objectiveStep: true,
      job: { select: { id: true, status: true, reason: true, startedAt: true, finishedAt: true, runs: { select: { id: true }, orderBy: { startedAt: "desc" }, take: 1 } } },
    },
  },
} satisfies Prisma.SweepSelect;

type TSummaryRow = Prisma.SweepGetPayload<{ select: typeof SWEEP_SUMMARY_SELECT }>;
type TDetailRow = Prisma.SweepGetPayload<{ select: typeof SWEEP_DETAIL_SELECT }>;
type TStanding = TSummaryRow["trials"][number];

/** A trial's state is its job's, or "stopped" when early stopping cancelled the job. */
function statusOf({ job, stopReason }: TStanding): TTrialStatusName {
  const status = job.status.toLowerCase() as TJobStatusName;
  return stopReason && status === "cancelled" ? "stopped" : status;
}

/** Best first; trials without an objective after them, newest first. */
function rankTrials<T extends Pick<TStanding, "number" | "objective">>(trials: T[], isMaximized: boolean) {
  const sign = isMaximized ? -1 : 1;
  return [...trials].sort((a, b) => {
    if (a.objective === null || b.objective === null) return a.objective === b.objective ? b.number - a.number : a.objective === null ? 1 : -1;
    return sign * (a.objective - b.objective) || a.number - b.number;
  });
}

const ENDED = new Set<TTrialStatusName>(["succeeded", "failed", "cancelled", "lost", "stopped"]);

export function toSweepSummary(row: TSummaryRow): TSweepSummary {
  const { objectiveMetric, isMaximized, createdBy, status, method, trials, ...sweep } = row;
  const [first] = rankTrials(trials, isMaximized);
  return {
    ...sweep,
    status: status.toLowerCase() as TSweepStatusName,
    method: method.toLowerCase() as TSweepMethodName,
    objective: { metric: objectiveMetric, direction: isMaximized ? "maximize" : "minimize" },
    trialCount: trials.length,
    endedTrialCount: trials.filter((trial) => ENDED.has(statusOf(trial))).length,
    best: first && first.objective !== null ? { number: first.number, objective: first.objective } : null,
    createdBy: createdBy.name,
  };
}

function toTrial(trial: TDetailRow["trials"][number]): TSweepTrial {
  const { job, stopReason, objectiveStep, id, number, params, objective } = trial;
  return {
    id,
    number,
    params: params as Record<string, unknown>,
    status: statusOf(trial),
    jobId: job.id,
    runId: job.runs[0]?.id ?? null,
    objective,
    objectiveStep: objectiveStep === null ? null : Number(objectiveStep),
    reason: stopReason ?? job.reason,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}

/** The page's summary and its trials, best first. */
export function toSweepWithTrials(row: TDetailRow) {
  return { summary: toSweepSummary(row), trials: rankTrials(row.trials, row.isMaximized).map(toTrial) };
}
