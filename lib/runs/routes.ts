import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { authorizeInTeam } from "@/lib/auth/authorize";
import { can } from "@/lib/permissions";
import { MAX_SDK_BATCH_BYTES, ZSdkBatch } from "@/lib/protocol/sdk-events";
import { findJobOrigin } from "@/lib/jobs/find-job-origin";
import { findRuns } from "./find-runs";
import { getMetricSeries } from "./get-metric-series";
import { getRun } from "./get-run";
import { getRunChart } from "./get-run-chart";
import { ingestSdkBatch } from "./ingest-sdk-batch";
import { ZFindRunsQuery, ZMetricSeries, ZMetricSeriesQuery, ZRunChartParams, ZRunChartSteps, ZRunDetail, ZRunMetricParams, ZRunPage, ZRunParams } from "./schemas";

export const logRunEventsRoute = defineRoute({
  method: "POST",
  path: "/api/v1/runs/events",
  summary: "Log a batch of run events (the mlstudio SDK's way outside a kernel): starts, metrics, confusion matrices, histograms, summary, files, ends",
  tag: "Runs",
  body: ZSdkBatch,
  maxBodyBytes: MAX_SDK_BATCH_BYTES,
  response: z.object({ runIds: z.array(z.string()) }),
  run: async (actor, { body }) => {
    const { teamId, userId, jobId } = authorizeInTeam(actor, "run.create");
    const job = jobId ? await findJobOrigin(teamId, jobId) : undefined;
    return ingestSdkBatch({ teamId, userId, mayCreateProject: can(actor!, "project.create", { teamId }), job }, body);
  },
});

export const listRunsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/runs",
  summary: "The team's runs, newest first, 50 a page, with each metric's last value",
  tag: "Runs",
  query: ZFindRunsQuery,
  response: ZRunPage,
  run: (actor, { query }) => findRuns(actor, query),
});

export const getRunRoute = defineRoute({
  method: "GET",
  path: "/api/v1/runs/{id}",
  summary: "A run: params, tags, summary, each metric's figures, its charts and files",
  tag: "Runs",
  params: ZRunParams,
  response: ZRunDetail,
  run: (actor, { params }) => getRun(actor, params.id),
});

export const getMetricSeriesRoute = defineRoute({
  method: "GET",
  path: "/api/v1/runs/{id}/metrics/{key}",
  summary: "One metric's points between two steps, downsampled to each bucket's lowest and highest point when there are many",
  tag: "Runs",
  params: ZRunMetricParams,
  query: ZMetricSeriesQuery,
  response: ZMetricSeries,
  run: (actor, { params, query }) => getMetricSeries(actor, { runId: params.id, key: params.key, ...query }),
});

export const getRunChartRoute = defineRoute({
  method: "GET",
  path: "/api/v1/runs/{id}/charts/{kind}/{name}",
  summary: "Every step of a run's confusion matrix or histogram",
  tag: "Runs",
  params: ZRunChartParams,
  response: ZRunChartSteps,
  run: (actor, { params }) => getRunChart(actor, { runId: params.id, kind: params.kind, name: params.name }),
});
