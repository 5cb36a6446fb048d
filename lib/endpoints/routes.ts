import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { createEndpoint } from "./create-endpoint";
import { findEndpoints } from "./find-endpoints";
import { getEndpoint } from "./get-endpoint";
import { findEndpointRequests, getEndpointTraffic } from "./get-endpoint-traffic";
import { deleteEndpoint, deployVersion, promoteDeployment, rollBackDeployment, setTraffic, updateEndpoint } from "./manage-deployments";
import { ZCreateEndpointBody, ZDeployVersionBody, ZDeploymentActionBody, ZEndpointParams, ZSetTrafficBody, ZTrafficQuery, ZUpdateEndpointBody } from "./schemas";

// Views are typed by their lib function; the answer is not re-validated on the way out.
const ZView = z.looseObject({});
const ZDeploymentAnswer = z.object({ deploymentId: z.string() });
const TAG = "Endpoints";

export const listEndpointsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/endpoints",
  summary: "The team's endpoints with their status and the versions they serve",
  tag: TAG,
  response: z.object({ endpoints: z.array(ZView) }),
  run: async (actor) => ({ endpoints: await findEndpoints(actor) }),
});

export const createEndpointRoute = defineRoute({
  method: "POST",
  path: "/api/v1/endpoints",
  summary: "Deploy a model version as a new endpoint with N replicas on workers that fit; it serves /v2/models/{name}/infer and /api/v1/endpoints/{name}/invocations",
  tag: TAG,
  body: ZCreateEndpointBody,
  response: z.object({ id: z.string(), name: z.string() }),
  run: (actor, { body }) => createEndpoint(actor, body),
});

export const getEndpointRoute = defineRoute({
  method: "GET",
  path: "/api/v1/endpoints/{id}",
  summary: "An endpoint: its live deployments (version, traffic share, replicas and their state) and retired ones",
  tag: TAG,
  params: ZEndpointParams,
  response: ZView,
  run: (actor, { params }) => getEndpoint(actor, params.id),
});

export const updateEndpointRoute = defineRoute({
  method: "PATCH",
  path: "/api/v1/endpoints/{id}",
  summary: "Change the share of requests captured for monitoring, or the canary's error rate that rolls it back",
  tag: TAG,
  params: ZEndpointParams,
  body: ZUpdateEndpointBody,
  response: z.object({ id: z.string() }),
  run: (actor, { params, body }) => updateEndpoint(actor, params.id, body),
});

export const deleteEndpointRoute = defineRoute({
  method: "DELETE",
  path: "/api/v1/endpoints/{id}",
  summary: "Stop an endpoint's replicas and delete it",
  tag: TAG,
  params: ZEndpointParams,
  response: z.object({ id: z.string() }),
  run: (actor, { params }) => deleteEndpoint(actor, params.id),
});

export const deployVersionRoute = defineRoute({
  method: "POST",
  path: "/api/v1/endpoints/{id}/deployments",
  summary: "Deploy a second version beside the live one: a canary with a share of traffic, or green at 0 % until promoted",
  tag: TAG,
  params: ZEndpointParams,
  body: ZDeployVersionBody,
  response: ZDeploymentAnswer,
  run: (actor, { params, body }) => deployVersion(actor, params.id, body),
});

export const setTrafficRoute = defineRoute({
  method: "POST",
  path: "/api/v1/endpoints/{id}/traffic",
  summary: "Set one live deployment's share of traffic; the other gets the rest",
  tag: TAG,
  params: ZEndpointParams,
  body: ZSetTrafficBody,
  response: z.object({ deploymentId: z.string(), trafficPercent: z.number() }),
  run: (actor, { params, body }) => setTraffic(actor, params.id, body),
});

export const promoteDeploymentRoute = defineRoute({
  method: "POST",
  path: "/api/v1/endpoints/{id}/promote",
  summary: "Give a deployment all the traffic and retire the other",
  tag: TAG,
  params: ZEndpointParams,
  body: ZDeploymentActionBody,
  response: ZDeploymentAnswer,
  run: (actor, { params, body }) => promoteDeployment(actor, params.id, body.deploymentId),
});

export const rollBackDeploymentRoute = defineRoute({
  method: "POST",
  path: "/api/v1/endpoints/{id}/rollback",
  summary: "Retire the newer of two live deployments: the older takes all traffic again",
  tag: TAG,
  params: ZEndpointParams,
  body: ZDeploymentActionBody,
  response: ZDeploymentAnswer,
  run: (actor, { params, body }) => rollBackDeployment(actor, params.id, body.deploymentId),
});

export const getEndpointTrafficRoute = defineRoute({
  method: "GET",
  path: "/api/v1/endpoints/{id}/traffic",
  summary: "Requests, errors and latency p50/p95/p99 per second and deployment over the last ?minutes= (15 by default)",
  tag: TAG,
  params: ZEndpointParams,
  query: ZTrafficQuery,
  response: ZView,
  run: (actor, { params, query }) => getEndpointTraffic(actor, params.id, query.minutes),
});

export const listEndpointRequestsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/endpoints/{id}/requests",
  summary: "The latest kept requests: the sampled share with inputs and outputs, and every failed one",
  tag: TAG,
  params: ZEndpointParams,
  response: ZView,
  run: (actor, { params }) => findEndpointRequests(actor, params.id),
});
