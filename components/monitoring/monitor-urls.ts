// A monitor's addresses, built in one place: its page, and the REST routes its page calls.

export function monitorHref(monitorId: string) {
  return `/monitoring/${encodeURIComponent(monitorId)}`;
}

export function monitorApi(monitorId: string) {
  return `/api/v1/monitors/${encodeURIComponent(monitorId)}`;
}

export function windowLabelingApi(monitorId: string, windowId: string) {
  return `${monitorApi(monitorId)}/windows/${encodeURIComponent(windowId)}/labeling`;
}

export function jobHref(jobId: string) {
  return `/experiments/jobs/${encodeURIComponent(jobId)}`;
}

export function labelingProjectHref(projectId: string) {
  return `/data/labeling/${encodeURIComponent(projectId)}`;
}
