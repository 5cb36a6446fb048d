// A run's page: who, where, params, summary, each metric's figures, and what else it logged.
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedRun } from "./find-authorized-run";
import { fromStoredValue } from "./metric-values";
import type { TRunDetail } from "./schemas";

export async function getRun(actor: TActor | null, runId: string): Promise<TRunDetail> {
  await findAuthorizedRun(actor, runId);
  const run = await db.run.findUniqueOrThrow({
    where: { id: runId },
    include: {
      project: { select: { id: true, name: true, slug: true } },
      createdBy: { select: { name: true } },
      notebook: { select: { id: true, name: true } },
      job: { select: { id: true, name: true } },
      worker: { select: { hostname: true } },
      metrics: { orderBy: { key: "asc" } },
      artifacts: { orderBy: { path: "asc" } },
    },
  });
  const charts = await db.runChart.groupBy({ by: ["kind", "name"], where: { runId }, _count: true, orderBy: [{ kind: "asc" }, { name: "asc" }] });
  return {
    id: run.id,
    name: run.name,
    status: run.status.toLowerCase() as TRunDetail["status"],
    project: run.project,
    params: run.params as Record<string, unknown>,
    tags: run.tags,
    summary: run.summary as Record<string, unknown>,
    createdBy: run.createdBy?.name ?? null,
    notebook: run.notebook,
    job: run.job,
    workerHostname: run.worker?.hostname ?? null,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    metrics: run.metrics.map((m) => ({
      key: m.key,
      count: m.count,
      lastStep: m.lastStep === null ? null : Number(m.lastStep),
      lastValue: m.lastValue === null ? null : fromStoredValue(m.lastValue),
      minValue: m.minValue,
      maxValue: m.maxValue,
    })),
    charts: charts.map((c) => ({ kind: c.kind.toLowerCase() as "confusion" | "histogram", name: c.name, steps: c._count })),
    artifacts: run.artifacts.map((a) => ({ path: a.path, size: a.size, model: a.model as Record<string, unknown> | null })),
  };
}
