// One SDK batch, from a kernel or over HTTP: stored whole in one transaction (or refused whole,
// with a message for the user), then sent to every browser watching its runs.
import { Prisma } from "@prisma/client";
import { inPreparedTransaction } from "@/lib/db/prepared-query";
import { RUNS_ROOM, type TSdkBatch } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";
import { publishJobState } from "@/lib/jobs/publish-job";
import { checkRunRules } from "@/lib/rules/check-run-rules";
import { reviewTrialProgress } from "@/lib/sweeps/review-trial-progress";
import type { TRunOrigin } from "./run-origin";
import { startRuns } from "./start-runs";
import { collectSeries, storeMetricPoints, type TLoggedSeries } from "./store-metric-points";
import { chartOf, storeRunRecord } from "./store-run-records";

type TRunState = { id: string; projectId: string; status: "RUNNING" | "FINISHED" | "FAILED"; summary: Record<string, unknown> };

export async function ingestSdkBatch(origin: TRunOrigin, batch: TSdkBatch) {
  const series = collectSeries(batch.events);
  const { runs, states } = await inPreparedTransaction(async (query) => {
    const runs = await startRuns(query, origin, batch.events);
    await storeMetricPoints(query, series);
    for (const event of batch.events) if (event.type !== "start" && event.type !== "metrics") await storeRunRecord(query, event);
    const changed = [...new Set(batch.events.filter((e) => e.type === "summary" || e.type === "finish").map((e) => e.run))];
    const states = changed.length
      ? await query<TRunState>(Prisma.sql`SELECT id, "projectId", status::text, summary FROM "Run" WHERE id = ANY(${changed}::text[])`)
      : [];
    return { runs, states };
  });
  publishBatch(origin.teamId, batch, series, states);
  const started = [...runs.values()].filter((run) => run.isNew);
  for (const run of started) publishToRoom(origin.teamId, RUNS_ROOM, "run:changed", { runId: run.id, projectId: run.projectId });
  // The job's page lists the runs it logged.
  if (origin.job && started.length) await publishJobState(origin.job.id);
  await checkRunRules(series);
  // A sweep's trial: its objective on the leaderboard, and early stopping's judgement.
  if (origin.job && series.size) await reviewTrialProgress(origin.job.id, new Set([...series.values()].flatMap((ofRun) => [...ofRun.keys()])));
  return { runIds: [...runs.keys()] };
}

function publishBatch(teamId: string, batch: TSdkBatch, series: TLoggedSeries, states: TRunState[]) {
  for (const [runId, ofRun] of series) {
    const points = Object.fromEntries([...ofRun].map(([key, list]) => [key, list.map((p) => [p.step, p.time, p.value] as [number, number, typeof p.value])]));
    publishToRoom(teamId, { kind: "run", id: runId }, "run:metrics", { runId, series: points });
  }
  for (const event of batch.events) {
    if (event.type !== "confusion" && event.type !== "histogram") continue;
    const { kind, data } = chartOf(event);
    publishToRoom(teamId, { kind: "run", id: event.run }, "run:chart", { runId: event.run, kind, name: event.name, step: event.step, data });
  }
  for (const state of states) {
    const status = state.status.toLowerCase() as "running" | "finished" | "failed";
    publishToRoom(teamId, { kind: "run", id: state.id }, "run:state", { runId: state.id, status, summary: state.summary });
    publishToRoom(teamId, RUNS_ROOM, "run:changed", { runId: state.id, projectId: state.projectId });
  }
}
