// Where a run page's download links point (the routes are in download-routes.ts). A file's
// path keeps its slashes: each part is encoded, and the catch-all segment joins them again.
export function runArtifactUrl(runId: string, path: string) {
  return `/api/v1/runs/${encodeURIComponent(runId)}/artifacts/${path.split("/").map(encodeURIComponent).join("/")}`;
}

export function metricCsvUrl(runId: string, key: string) {
  return `/api/v1/runs/${encodeURIComponent(runId)}/metrics/${encodeURIComponent(key)}/csv`;
}
