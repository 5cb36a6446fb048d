// The addresses of a model's page and of the runs and dataset versions it came from.

export function modelHref(modelId: string) {
  return `/models/${encodeURIComponent(modelId)}`;
}

export function runHref(runId: string) {
  return `/experiments/runs/${encodeURIComponent(runId)}`;
}
