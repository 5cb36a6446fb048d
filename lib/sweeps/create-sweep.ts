// A new sweep: its files stored once for all its trials, its row made, and its first trials
// (as many as its parallelism) queued as jobs.
import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { findNotebookProject } from "@/lib/notebooks/find-authorized-notebook";
import type { TActor } from "@/lib/permissions";
import { storeFiles, sweepFilesPrefix } from "@/lib/jobs/job-files";
import { prepareJobCode } from "@/lib/jobs/prepare-job-code";
import { advanceSweep } from "./advance-sweep";
import type { TCreateSweepBody } from "./schemas";
import { gridOf } from "./search-space";

function checkGrid(input: TCreateSweepBody) {
  if (input.method !== "grid") return;
  try {
    gridOf(input.space);
  } catch (error) {
    throw new AppError("bad_input", (error as Error).message, { space: [(error as Error).message] });
  }
}

export async function createSweep(actor: TActor | null, input: TCreateSweepBody) {
  const { teamId, userId } = authorizeInTeam(actor, "job.run");
  const project = await findNotebookProject(teamId, input.projectId);
  checkGrid(input);
  const { files, command } = await prepareJobCode(teamId, input, [...Object.keys(input.params), ...Object.keys(input.space)]);
  const id = randomUUID();
  await storeFiles(sweepFilesPrefix(id), files);
  await db.sweep.create({
    data: {
      id,
      teamId,
      projectId: project.id,
      name: input.name,
      method: input.method.toUpperCase() as "GRID" | "RANDOM" | "TPE",
      space: input.space,
      fixedParams: input.params,
      objectiveMetric: input.objective.metric,
      isMaximized: input.objective.direction === "maximize",
      maxTrials: input.maxTrials,
      parallelism: input.parallelism,
      earlyStopping: input.earlyStopping,
      seed: input.seed ?? randomInt(2 ** 31 - 1),
      command,
      files: files.map((file) => ({ path: file.path, size: file.data.length })),
      gpus: input.gpus,
      maxRetries: input.maxRetries,
      createdById: userId,
    },
  });
  await advanceSweep(id);
  return { id };
}
