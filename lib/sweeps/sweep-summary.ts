// A sweep row with its trials as the sweeps list and its page show it: trials ranked best
// first by the objective, in the sweep's direction.
import type { Prisma } from "@prisma/client";
import type { TJobStatusName } from "@/lib/jobs/schemas";
import type { TSweepMethodName, TSweepStatusName, TSweepSummary, TSweepTrial } from "./schemas";

export const SWEEP_SUMMARY_SELECT = {
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
  trials: {
    select: {
      id: true,
      number: true,
      params: true,
      objective: true,
      objectiveStep: true,
      stopReason: true,
      job: { select: { id: true, status: true, reason: true, startedAt: true, finishedAt: true, runs: { select: { id: true }, orderBy: { startedAt: "desc" }, take: 1 } } },
    },
  },
} satisfies Prisma.SweepSelect;

type TSweepRow = Prisma.SweepGetPayload<{ select: typeof SWEEP_SUMMARY_SELECT }>;
type TTrialRow = TSweepRow["trials"][number];

function toTrial({ job, stopReason, objectiveStep, ...trial }: TTrialRow): TSweepTrial {
  const status = job.status.toLowerCase() as TJobStatusName;
  return {
    ...trial,
    params: trial.params as Record<string, unknown>,
    status: stopReason && status === "cancelled" ? "stopped" : status,
    jobId: job.id,
    runId: job.runs[0]?.id ?? null,
    objectiveStep: objectiveStep === null ? null : Number(objectiveStep),
    reason: stopReason ?? job.reason,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}

/** Best first; trials without an objective after them, newest first. */
export function rankTrials(trials: TSweepTrial[], isMaximized: boolean) {
  const sign = isMaximized ? -1 : 1;
  return [...trials].sort((a, b) => {
    if (a.objective === null || b.objective === null) return a.objective === b.objective ? b.number - a.number : a.objective === null ? 1 : -1;
    return sign * (a.objective - b.objective) || a.number - b.number;
  });
}

const ENDED = new Set(["succeeded", "failed", "cancelled", "lost", "stopped"]);

export function toSweepSummary(row: TSweepRow) {
  const { objectiveMetric, isMaximized, createdBy, status, method, trials: rows, ...sweep } = row;
  const trials = rankTrials(rows.map(toTrial), isMaximized);
  const best = trials[0]?.objective !== null && trials[0] ? { number: trials[0].number, objective: trials[0].objective } : null;
  const summary: TSweepSummary = {
    ...sweep,
    status: status.toLowerCase() as TSweepStatusName,
    method: method.toLowerCase() as TSweepMethodName,
    objective: { metric: objectiveMetric, direction: isMaximized ? "maximize" : "minimize" },
    trialCount: trials.length,
    endedTrialCount: trials.filter((trial) => ENDED.has(trial.status)).length,
    best,
    createdBy: createdBy.name,
  };
  return { summary, trials };
}
