// Requests of the endpoint routes.
import { z } from "zod";

const ZId = z.string().min(1).max(64);

/** An endpoint's name is part of its URLs: /v2/models/{name}/infer. */
export const ZEndpointName = z
  .string()
  .trim()
  .min(1, "Give the endpoint a name.")
  .max(63)
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, "An endpoint's name is lowercase letters, digits and dashes (as in a URL), e.g. churn-model.");

const ZVersionRef = { modelId: ZId, number: z.number().int().positive() };
const ZReplicaCount = z.number().int().min(1, "An endpoint needs at least one replica.").max(16, "At most 16 replicas per version.");
const ZGpus = z.number().int().min(0).max(8);

export const ZCreateEndpointBody = z.object({
  name: ZEndpointName,
  ...ZVersionRef,
  replicas: ZReplicaCount.default(1),
  gpus: ZGpus.default(0),
  capturePercent: z.number().min(0).max(100).default(10),
});
export type TCreateEndpointBody = z.infer<typeof ZCreateEndpointBody>;

/** A second version beside the live one: a canary with a share of traffic, or (0 %) a green
 * deployment that takes traffic once promoted. */
export const ZDeployVersionBody = z.object({
  ...ZVersionRef,
  trafficPercent: z.number().int().min(0).max(99),
  replicas: ZReplicaCount.default(1),
  gpus: ZGpus.default(0),
});
export type TDeployVersionBody = z.infer<typeof ZDeployVersionBody>;

export const ZSetTrafficBody = z.object({ deploymentId: ZId, trafficPercent: z.number().int().min(0).max(100) });
export const ZDeploymentActionBody = z.object({ deploymentId: ZId });
export const ZUpdateEndpointBody = z.object({
  capturePercent: z.number().min(0).max(100).optional(),
  rollbackErrorRate: z.number().gt(0).max(1).optional(),
});

export const ZEndpointParams = z.object({ id: ZId });
export const ZEndpointNameParams = z.object({ name: ZEndpointName });
export const ZTrafficQuery = z.object({ minutes: z.coerce.number().int().min(1).max(1440).default(15) });
