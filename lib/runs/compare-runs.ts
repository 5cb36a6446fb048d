// Runs side by side: each one's params, summary and metric figures, and every key any of
// them has, for the compare page. All of them are the caller's team's, or none is shown.
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { authorize, authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { ZCompareRuns, type TCompareRuns, type TComparedRun, type TRunComparison } from "./compare-schemas";
import { fromStoredValue } from "./metric-values";

const byName = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

function unionOfKeys(records: Array<Record<string, unknown>>) {
  return [...new Set(records.flatMap((record) => Object.keys(record)))].sort(byName);
}

export async function compareRuns(actor: TActor | null, options: TCompareRuns): Promise<TRunComparison> {
  const { runIds } = parseInput(ZCompareRuns, options);
  return describeRuns(actor, runIds);
}

/** Any number of runs side by side (a sweep's trials, say), in the order given. */
export async function describeRuns(actor: TActor | null, runIds: string[]): Promise<TRunComparison> {
  const { teamId } = authorizeInTeam(actor, "run.read");
  const found = await db.run.findMany({
    where: { teamId, id: { in: runIds } },
    include: {
      project: { select: { name: true, slug: true } },
      metrics: { select: { key: true, count: true, lastStep: true, lastValue: true, minValue: true, maxValue: true } },
    },
  });
  const byId = new Map(found.map((run) => [run.id, run]));
  const missing = runIds.find((id) => !byId.has(id));
  if (missing) throw new AppError("not_found", `Run ${missing} does not exist in your team.`);
  const runs = runIds.map((id): TComparedRun => {
    const run = byId.get(id)!;
    authorize(actor, "run.read", run);
    const metrics = run.metrics.map((metric) => {
      const figures = { last: metric.lastValue === null ? null : fromStoredValue(metric.lastValue), min: metric.minValue, max: metric.maxValue };
      return [metric.key, { ...figures, lastStep: metric.lastStep === null ? null : Number(metric.lastStep), count: metric.count }] as const;
    });
    return {
      id: run.id,
      name: run.name,
      status: run.status.toLowerCase() as TComparedRun["status"],
      project: run.project,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      params: run.params as Record<string, unknown>,
      summary: run.summary as Record<string, unknown>,
      metrics: Object.fromEntries(metrics),
    };
  });
  const metricKeys = unionOfKeys(runs.map((run) => run.metrics));
  return {
    runs,
    metricKeys,
    commonMetricKeys: metricKeys.filter((key) => runs.every((run) => key in run.metrics)),
    paramKeys: unionOfKeys(runs.map((run) => run.params)),
    summaryKeys: unionOfKeys(runs.map((run) => run.summary)),
  };
}
