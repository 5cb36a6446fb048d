// AutoML for a table, as Autopilot does it: the task inferred from the target column, then a
// sweep (TPE) over model families (linear, random forest, gradient boosting) and how complex
// each is, every trial cross-validated on a worker by worker/python/automl_trial.py, the
// trials' mean fold score (accuracy or R²) as the objective, poor ones stopped after a fold.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { authorizeInTeam } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { createSweep } from "@/lib/sweeps/create-sweep";
import { ZCreateSweepBody } from "@/lib/sweeps/schemas";
import { inferTask } from "./infer-task";
import { readTableColumn } from "./read-table";
import { AUTOML_MODELS, type TCreateAutomlBody } from "./schemas";

const TRIAL_SCRIPT = path.join(process.cwd(), "worker", "python", "automl_trial.py");
const COMMAND = "python automl_trial.py --data data.csv --target {target} --task {task} --model {model} --complexity {complexity} --folds {folds} --seed {cv_seed}";

export async function createAutoml(actor: TActor | null, input: TCreateAutomlBody) {
  authorizeInTeam(actor, "job.run");
  const table = readTableColumn(Buffer.from(input.file.data, "base64").toString("utf8"), input.target);
  const task = input.task ?? inferTask(table.values);
  if (task === "classification" && new Set(table.values.filter(Boolean)).size < 2) {
    throw new AppError("bad_input", `"${input.target}" has one class only: there is nothing to tell apart.`, { target: ["Choose a column with two classes or more."] });
  }
  if (table.rowCount < input.folds * 2) throw new AppError("bad_input", `The table has ${table.rowCount} rows: too few for ${input.folds}-fold cross-validation.`);
  const script = await readFile(TRIAL_SCRIPT);
  const sweep = ZCreateSweepBody.parse({
    projectId: input.projectId,
    name: input.name,
    command: COMMAND,
    source: { kind: "files", files: [{ path: "automl_trial.py", data: script.toString("base64") }, { path: "data.csv", data: input.file.data }] },
    params: { target: input.target, task, folds: input.folds, cv_seed: 0 },
    space: { model: { type: "choice", values: [...AUTOML_MODELS] }, complexity: { type: "float", min: 0, max: 1 } },
    method: "tpe",
    objective: { metric: "cv_score", direction: "maximize" },
    maxTrials: input.maxTrials,
    parallelism: input.parallelism,
    // Judged after each fold from the second on, once 3 trials are complete.
    earlyStopping: { type: "median", startupTrials: 3, warmupSteps: 1 },
    seed: input.seed,
  });
  return { ...(await createSweep(actor, sweep)), task };
}
