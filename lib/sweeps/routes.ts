import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { MAX_JOB_FILES_BYTES } from "@/lib/protocol";
import { cancelSweep } from "./cancel-sweep";
import { createSweep } from "./create-sweep";
import { findSweeps } from "./find-sweeps";
import { getSweep } from "./get-sweep";
import { ZCreateSweepBody, ZFindSweepsQuery, ZSweepDetail, ZSweepPage, ZSweepParams } from "./schemas";

const ZSweepId = z.object({ id: z.string() });

export const createSweepRoute = defineRoute({
  method: "POST",
  path: "/api/v1/sweeps",
  summary: "Start a sweep: a job's code and command, a search space over its params (grid, random or TPE), an objective, a budget, a parallelism and early stopping (median or ASHA)",
  tag: "Sweeps",
  body: ZCreateSweepBody,
  // Base64 makes the files a third larger, and JSON wraps them.
  maxBodyBytes: Math.ceil((MAX_JOB_FILES_BYTES * 4) / 3) + 2 ** 20,
  response: ZSweepId,
  run: (actor, { body }) => createSweep(actor, body),
});

export const listSweepsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/sweeps",
  summary: "The team's sweeps, newest first, 50 a page, each with its best trial",
  tag: "Sweeps",
  query: ZFindSweepsQuery,
  response: ZSweepPage,
  run: (actor, { query }) => findSweeps(actor, query),
});

export const getSweepRoute = defineRoute({
  method: "GET",
  path: "/api/v1/sweeps/{id}",
  summary: "A sweep: its settings and its trials (params, state, objective), best first",
  tag: "Sweeps",
  params: ZSweepParams,
  response: ZSweepDetail,
  run: (actor, { params }) => getSweep(actor, params.id),
});

export const cancelSweepRoute = defineRoute({
  method: "POST",
  path: "/api/v1/sweeps/{id}/cancel",
  summary: "Cancel a sweep: no more trials, and its queued and running trials stopped",
  tag: "Sweeps",
  params: ZSweepParams,
  response: ZSweepId,
  run: (actor, { params }) => cancelSweep(actor, params.id),
});
