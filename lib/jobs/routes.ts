import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { MAX_JOB_FILES_BYTES } from "@/lib/protocol";
import { cancelJob } from "./cancel-job";
import { createJob } from "./create-job";
import { findJobs } from "./find-jobs";
import { getJob } from "./get-job";
import { getJobLogs } from "./get-job-logs";
import { ZCreateJobBody, ZFindJobsQuery, ZJobDetail, ZJobLogs, ZJobLogsQuery, ZJobPage, ZJobParams } from "./schemas";

const ZJobId = z.object({ id: z.string() });

export const createJobRoute = defineRoute({
  method: "POST",
  path: "/api/v1/jobs",
  summary: "Queue a training job: files (base64) or a notebook of the project, a command with {param} placeholders, params, GPUs and retries",
  tag: "Jobs",
  body: ZCreateJobBody,
  // Base64 makes the files a third larger, and JSON wraps them.
  maxBodyBytes: Math.ceil((MAX_JOB_FILES_BYTES * 4) / 3) + 2 ** 20,
  response: ZJobId,
  run: (actor, { body }) => createJob(actor, body),
});

export const listJobsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/jobs",
  summary: "The team's training jobs, newest first, 50 a page",
  tag: "Jobs",
  query: ZFindJobsQuery,
  response: ZJobPage,
  run: (actor, { query }) => findJobs(actor, query),
});

export const getJobRoute = defineRoute({
  method: "GET",
  path: "/api/v1/jobs/{id}",
  summary: "A job: its state, worker, params, files and the runs it logged",
  tag: "Jobs",
  params: ZJobParams,
  response: ZJobDetail,
  run: (actor, { params }) => getJob(actor, params.id),
});

export const getJobLogsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/jobs/{id}/logs",
  summary: "A job's log (stdout, stderr and the studio's own lines) in order, after a seq",
  tag: "Jobs",
  params: ZJobParams,
  query: ZJobLogsQuery,
  response: ZJobLogs,
  run: (actor, { params, query }) => getJobLogs(actor, { jobId: params.id, ...query }),
});

export const cancelJobRoute = defineRoute({
  method: "POST",
  path: "/api/v1/jobs/{id}/cancel",
  summary: "Cancel a job: a queued one at once, a running one by stopping its process",
  tag: "Jobs",
  params: ZJobParams,
  response: ZJobId,
  run: (actor, { params }) => cancelJob(actor, params.id),
});
