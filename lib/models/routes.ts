import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { findModels } from "./find-models";
import { getModel } from "./get-model";
import { removeModelAlias, setModelAlias, setModelVersionStatus } from "./manage-model-versions";
import { registerModelVersion } from "./register-model-version";
import { ZModelAliasParams, ZModelParams, ZModelVersionParams, ZRegisterModelVersionBody, ZRegisteredVersion, ZSetAliasBody, ZSetVersionStatusBody } from "./schemas";

// Views are typed by their lib function; the answer is not re-validated on the way out.
const ZView = z.looseObject({});

export const listModelsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/models",
  summary: "The team's registered models, each with its latest version and aliases",
  tag: "Models",
  response: z.object({ models: z.array(ZView) }),
  run: async (actor) => ({ models: await findModels(actor) }),
});

export const registerModelVersionRoute = defineRoute({
  method: "POST",
  path: "/api/v1/models",
  summary: "Register a new version of a model (the model too, the first time) from a run's logged model or an uploaded file. Pickled models run code when loaded: only members may register them",
  tag: "Models",
  body: ZRegisterModelVersionBody,
  response: ZRegisteredVersion,
  run: (actor, { body }) => registerModelVersion(actor, body),
});

export const getModelRoute = defineRoute({
  method: "GET",
  path: "/api/v1/models/{id}",
  summary: "A model with its versions: signature, metrics, lineage (dataset version, run), aliases and the endpoints serving each",
  tag: "Models",
  params: ZModelParams,
  response: ZView,
  run: (actor, { params }) => getModel(actor, params.id),
});

export const setModelAliasRoute = defineRoute({
  method: "POST",
  path: "/api/v1/models/{id}/aliases",
  summary: "Point an alias (staging, production, or your own) at a version; the version that had it loses it",
  tag: "Models",
  params: ZModelParams,
  body: ZSetAliasBody,
  response: z.object({ alias: z.string(), number: z.number() }),
  run: (actor, { params, body }) => setModelAlias(actor, { modelId: params.id, ...body }),
});

export const removeModelAliasRoute = defineRoute({
  method: "DELETE",
  path: "/api/v1/models/{id}/aliases/{alias}",
  summary: "Remove an alias from the model",
  tag: "Models",
  params: ZModelAliasParams,
  response: z.object({ alias: z.string(), number: z.number() }),
  run: (actor, { params }) => removeModelAlias(actor, { modelId: params.id, alias: params.alias }),
});

export const setModelVersionStatusRoute = defineRoute({
  method: "PATCH",
  path: "/api/v1/models/{id}/versions/{number}",
  summary: "Archive a version (it loses its aliases and cannot be deployed) or restore it",
  tag: "Models",
  params: ZModelVersionParams,
  body: ZSetVersionStatusBody,
  response: z.object({ number: z.number(), status: z.string() }),
  run: (actor, { params, body }) => setModelVersionStatus(actor, { modelId: params.id, number: params.number, status: body.status }),
});
