// A run's downloads: the files it logged, and each metric's every point as CSV.
import { defineRoute } from "@/lib/http/define-route";
import { downloadRunArtifact } from "./download-run-artifact";
import { ZRunArtifactParams } from "./download-schemas";
import { exportMetricCsv } from "./export-metric-csv";
import { ZRunMetricParams } from "./schemas";

export const downloadRunArtifactRoute = defineRoute({
  method: "GET",
  path: "/api/v1/runs/{id}/artifacts/{path}",
  summary: "Download a file a run logged, by its path (slashes and all: model/model.pkl)",
  tag: "Runs",
  params: ZRunArtifactParams,
  // Whatever the file is: a logged .html or .svg must never run as a page of the studio.
  file: { contentType: "application/octet-stream", description: "The file's bytes, as an attachment" },
  run: (actor, { params }) => downloadRunArtifact(actor, { runId: params.id, path: params.path }),
});

export const exportMetricCsvRoute = defineRoute({
  method: "GET",
  path: "/api/v1/runs/{id}/metrics/{key}/csv",
  summary: "Download every point of a metric as CSV, in step order",
  tag: "Runs",
  params: ZRunMetricParams,
  file: {
    contentType: "text/csv; charset=utf-8",
    description: "A header step,time,value, then a line a point: time in seconds since the epoch; NaN, Infinity and -Infinity as such",
  },
  run: (actor, { params }) => exportMetricCsv(actor, { runId: params.id, key: params.key }),
});
