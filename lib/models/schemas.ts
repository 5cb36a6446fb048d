// Requests and answers of the model registry.
import { z } from "zod";

const ZId = z.string().min(1).max(64);
export const MODEL_FLAVORS = ["sklearn", "xgboost", "pytorch"] as const;
export const ZModelFlavor = z.enum(MODEL_FLAVORS);

/** A model's name: what endpoints and the V2 protocol's URLs call it. */
export const ZModelName = z
  .string()
  .trim()
  .min(1, "Give the model a name.")
  .max(100)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/, "A model's name is letters, digits, dots, dashes and underscores, starting with a letter or digit.");

export const ZSignatureEntry = z.object({
  name: z.string().min(1).max(200),
  /** A numpy dtype name: float64, int64, object, bool, category, <U5, datetime64[ns]… */
  type: z.string().min(1).max(50),
  /** -1 is any size. */
  shape: z.array(z.number().int().min(-1)).max(8),
});
export type TSignatureEntry = z.infer<typeof ZSignatureEntry>;
export const ZModelSignature = z.object({ inputs: z.array(ZSignatureEntry).min(1).max(2000), outputs: z.array(ZSignatureEntry).max(100) });
export type TModelSignature = z.infer<typeof ZModelSignature>;

export const ZRegisterModelVersionBody = z.object({
  modelName: ZModelName,
  description: z.string().trim().max(2000).default(""),
  /** The dataset version it was trained on: the baseline of its drift monitors. */
  datasetVersionId: ZId.optional(),
  source: z.discriminatedUnion("kind", [
    /** A model the run logged with run.log_model: its file under the run's artifacts. */
    z.object({ kind: z.literal("run"), runId: ZId, artifactPath: z.string().min(1).max(500) }),
    /** A file uploaded through /api/v1/uploads: a pickle or joblib file, or TorchScript. */
    z.object({ kind: z.literal("upload"), uploadId: ZId, flavor: ZModelFlavor, signature: ZModelSignature.optional() }),
  ]),
});
export type TRegisterModelVersionBody = z.infer<typeof ZRegisterModelVersionBody>;

export const ZModelParams = z.object({ id: ZId });
export const ZModelVersionParams = z.object({ id: ZId, number: z.coerce.number().int().positive() });

export const ZAliasName = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9-]*$/, "An alias is lowercase letters, digits and dashes, e.g. staging or production.");
export const ZSetAliasBody = z.object({ alias: ZAliasName, number: z.number().int().positive() });
export const ZModelAliasParams = z.object({ id: ZId, alias: ZAliasName });
export const ZSetVersionStatusBody = z.object({ status: z.enum(["READY", "ARCHIVED"]) });

export const ZRegisteredVersion = z.object({ modelId: z.string(), versionId: z.string(), number: z.number() });
