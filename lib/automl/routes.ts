import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { MAX_JOB_FILES_BYTES } from "@/lib/protocol";
import { createAutoml } from "./create-automl";
import { ZCreateAutomlBody } from "./schemas";

export const createAutomlRoute = defineRoute({
  method: "POST",
  path: "/api/v1/automl",
  summary: "AutoML for a table: a CSV (base64) and its target column; the task is inferred, and a sweep of linear, random forest and gradient boosting models, cross-validated on workers, ranks them",
  tag: "Sweeps",
  body: ZCreateAutomlBody,
  maxBodyBytes: Math.ceil((MAX_JOB_FILES_BYTES * 4) / 3) + 2 ** 20,
  response: z.object({ id: z.string(), task: z.enum(["classification", "regression"]) }),
  run: (actor, { body }) => createAutoml(actor, body),
});
