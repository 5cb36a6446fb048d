import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { ZNotebookRun, ZNotebookRunParams, ZStartNotebookRunBody } from "./schemas";
import { cancelNotebookRun } from "./stop-notebook-run";
import { getNotebookRun } from "./get-notebook-run";
import { startNotebookRun } from "./start-notebook-run";

export const startNotebookRunRoute = defineRoute({
  method: "POST",
  path: "/api/v1/notebooks/{id}/run",
  summary: "Run the notebook top to bottom on a fresh kernel, headless (as nbconvert --execute); answers at once with the run",
  tag: "Notebook runs",
  params: z.object({ id: z.string().min(1).max(64) }),
  body: ZStartNotebookRunBody,
  response: ZNotebookRun,
  run: (actor, { params, body }) => startNotebookRun(actor, { ...body, notebookId: params.id }),
});

export const getNotebookRunRoute = defineRoute({
  method: "GET",
  path: "/api/v1/notebooks/{id}/runs/{runId}",
  summary: "A headless run's progress: state, each cell's execution, the error that ended it",
  tag: "Notebook runs",
  params: ZNotebookRunParams,
  response: ZNotebookRun,
  run: (actor, { params }) => getNotebookRun(actor, { notebookId: params.id, runId: params.runId }),
});

export const cancelNotebookRunRoute = defineRoute({
  method: "POST",
  path: "/api/v1/notebooks/{id}/runs/{runId}/cancel",
  summary: "Cancel a headless run: its running cell is interrupted, the rest do not run",
  tag: "Notebook runs",
  params: ZNotebookRunParams,
  response: ZNotebookRun,
  run: (actor, { params }) => cancelNotebookRun(actor, { notebookId: params.id, runId: params.runId }),
});
