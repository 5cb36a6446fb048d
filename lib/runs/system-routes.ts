// A run's system charts: its worker's load over the run, from the heartbeats.
import { defineRoute } from "@/lib/http/define-route";
import { getRunSystem } from "./get-run-system";
import { ZRunParams } from "./schemas";
import { ZRunSystem, ZRunSystemQuery } from "./system-schemas";

export const getRunSystemRoute = defineRoute({
  method: "GET",
  path: "/api/v1/runs/{id}/system",
  summary: "The run's worker (CPU cores, memory, GPUs) and its CPU, memory and GPU load from the run's start to its end, each time bucket's mean, lowest and highest",
  tag: "Runs",
  params: ZRunParams,
  query: ZRunSystemQuery,
  response: ZRunSystem,
  run: (actor, { params, query }) => getRunSystem(actor, { runId: params.id, buckets: query.buckets }),
});
