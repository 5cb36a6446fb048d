import { z } from "zod";
import { ZArtifactPath } from "@/lib/protocol/sdk-events";

const ZId = z.string().min(1).max(64);

export const AUTOML_MODELS = ["linear", "random_forest", "gradient_boosting"] as const;

/** A table (CSV for now) and the column to predict: the studio infers the task unless told. */
export const ZCreateAutomlBody = z.object({
  projectId: ZId,
  name: z.string().trim().min(1, "Name the AutoML run.").max(200),
  file: z.object({
    path: ZArtifactPath.refine((path) => path.toLowerCase().endsWith(".csv"), "Choose a .csv file."),
    data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "A file's data is base64."),
  }),
  target: z.string().min(1, "Choose the column to predict.").max(200),
  task: z.enum(["classification", "regression"]).optional(),
  maxTrials: z.number().int().min(3).max(200).default(12),
  parallelism: z.number().int().min(1).max(32).default(2),
  folds: z.number().int().min(2).max(10).default(5),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
});
export type TCreateAutomlBody = z.infer<typeof ZCreateAutomlBody>;
