import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { ZCreateWorkerToken, ZWorkerSummary, ZWorkerToken } from "./schemas";
import { findWorkers } from "./find-workers";
import { createWorkerToken, findWorkerTokens, revokeWorkerToken } from "./manage-worker-tokens";

export const listWorkersRoute = defineRoute({
  method: "GET",
  path: "/api/v1/workers",
  summary: "List your team's workers: status, capabilities, utilisation, kernels",
  tag: "Workers",
  response: z.object({ workers: z.array(ZWorkerSummary) }),
  run: async (actor) => ({ workers: await findWorkers(actor) }),
});

const ZTokenParams = z.object({ id: z.string().min(1).max(64) });

export const listWorkerTokensRoute = defineRoute({
  method: "GET",
  path: "/api/v1/worker-tokens",
  summary: "List your team's worker tokens (never their secrets)",
  tag: "Workers",
  response: z.object({ tokens: z.array(ZWorkerToken) }),
  run: async (actor) => ({ tokens: await findWorkerTokens(actor) }),
});

export const createWorkerTokenRoute = defineRoute({
  method: "POST",
  path: "/api/v1/worker-tokens",
  summary: "Create a worker token: the answer holds the secret, shown this once",
  tag: "Workers",
  body: ZCreateWorkerToken,
  response: z.object({ id: z.string(), name: z.string(), prefix: z.string(), token: z.string() }),
  run: (actor, { body }) => createWorkerToken(actor, body),
});

export const revokeWorkerTokenRoute = defineRoute({
  method: "DELETE",
  path: "/api/v1/worker-tokens/{id}",
  summary: "Revoke a worker token: its workers are disconnected at once",
  tag: "Workers",
  params: ZTokenParams,
  response: z.object({ id: z.string() }),
  run: (actor, { params }) => revokeWorkerToken(actor, params.id),
});
