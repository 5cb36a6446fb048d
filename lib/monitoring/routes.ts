import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { createLabelingBatch } from "./create-labeling-batch";
import { createMonitor } from "./create-monitor";
import { findMonitors, getMonitor } from "./get-monitor";
import { getMonitorWindow } from "./get-monitor-window";
import { computeMonitorNow } from "./schedule-monitor-windows";
import { ZBaselineBody, ZCreateMonitorBody, ZMonitorFailureBody, ZMonitorParams, ZMonitorWindowParams, ZWindowQuery, ZWindowResultBody } from "./schemas";
import { storeMonitorBaseline, storeMonitorFailure, storeMonitorResult } from "./store-monitor-reports";

// Views are typed by their lib function; the answer is not re-validated on the way out.
const ZView = z.looseObject({});
const ZIdAnswer = z.object({ id: z.string() });
const TAG = "Monitoring";
// A baseline of many features, or a window's full result, is larger than most bodies.
const REPORT_BYTES = 16 * 2 ** 20;

export const listMonitorsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/monitors",
  summary: "The team's drift monitors with their latest window",
  tag: TAG,
  response: z.object({ monitors: z.array(ZView) }),
  run: async (actor) => ({ monitors: await findMonitors(actor) }),
});

export const createMonitorRoute = defineRoute({
  method: "POST",
  path: "/api/v1/monitors",
  summary: "Watch an endpoint's captured traffic for drift from its training dataset version: a job computes the baseline, then each window",
  tag: TAG,
  body: ZCreateMonitorBody,
  response: ZIdAnswer,
  run: (actor, { body }) => createMonitor(actor, body),
});

export const getMonitorRoute = defineRoute({
  method: "GET",
  path: "/api/v1/monitors/{id}",
  summary: "A monitor with its windows: per feature PSI, Kolmogorov–Smirnov, Wasserstein, Jensen–Shannon (numeric) or chi-squared and PSI (categorical)",
  tag: TAG,
  params: ZMonitorParams,
  response: ZView,
  run: (actor, { params }) => getMonitor(actor, params.id),
});

export const computeMonitorRoute = defineRoute({
  method: "POST",
  path: "/api/v1/monitors/{id}/compute",
  summary: "Compute drift now over what was captured since the last window",
  tag: TAG,
  params: ZMonitorParams,
  response: z.object({ jobId: z.string() }),
  run: (actor, { params }) => computeMonitorNow(actor, params.id),
});

export const getMonitorWindowRoute = defineRoute({
  method: "GET",
  path: "/api/v1/monitors/{id}/window",
  summary: "For the monitor's own job: its baseline, thresholds and the captured inputs in [start, end) as columns",
  tag: TAG,
  params: ZMonitorParams,
  query: ZWindowQuery,
  response: ZView,
  run: (actor, { params, query }) => getMonitorWindow(actor, params.id, query),
});

export const storeMonitorBaselineRoute = defineRoute({
  method: "POST",
  path: "/api/v1/monitors/{id}/baseline",
  summary: "For the monitor's own job: the training data's baseline (statistics and binned distributions)",
  tag: TAG,
  params: ZMonitorParams,
  body: ZBaselineBody,
  maxBodyBytes: REPORT_BYTES,
  response: ZIdAnswer,
  run: (actor, { params, body }) => storeMonitorBaseline(actor, params.id, body.baseline as never),
});

export const storeMonitorResultRoute = defineRoute({
  method: "POST",
  path: "/api/v1/monitors/{id}/results",
  summary: "For the monitor's own job: a window's drift; a feature past a threshold raises an alert (and calls the webhook)",
  tag: TAG,
  params: ZMonitorParams,
  body: ZWindowResultBody,
  maxBodyBytes: REPORT_BYTES,
  response: z.object({ id: z.string(), drifted: z.array(z.string()) }),
  run: (actor, { params, body }) => storeMonitorResult(actor, params.id, body),
});

export const storeMonitorFailureRoute = defineRoute({
  method: "POST",
  path: "/api/v1/monitors/{id}/failure",
  summary: "For the monitor's own job: why it could not compute the baseline or a window",
  tag: TAG,
  params: ZMonitorParams,
  body: ZMonitorFailureBody,
  response: ZIdAnswer,
  run: (actor, { params, body }) => storeMonitorFailure(actor, params.id, body.reason),
});

export const createLabelingBatchRoute = defineRoute({
  method: "POST",
  path: "/api/v1/monitors/{id}/windows/{resultId}/labeling",
  summary: "Send a drifted window's captured inputs to labeling: a dataset version of them and a labeling project, each row pre-labelled with the model's prediction",
  tag: TAG,
  params: ZMonitorWindowParams,
  response: z.object({ projectId: z.string(), datasetId: z.string() }),
  run: (actor, { params }) => createLabelingBatch(actor, { monitorId: params.id, resultId: params.resultId }),
});
