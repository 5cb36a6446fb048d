// A new training job: its files stored, its row queued, and the scheduler told. Nothing is
// queued unless every file is stored: a half-made job never runs.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import { findNotebookProject } from "@/lib/notebooks/find-authorized-notebook";
import type { TActor } from "@/lib/permissions";
import { checkJobFiles, notebookScript, storeJobFiles, type TJobFile } from "./job-files";
import { commandParamNames } from "./job-command";
import { publishJobState } from "./publish-job";
import { scheduleQueuedJobs } from "./schedule-jobs";
import type { TCreateJobBody } from "./schemas";

function defaultCommand(files: TJobFile[]) {
  const scripts = files.filter((file) => file.path.endsWith(".py"));
  if (scripts.length === 1) return `python ${scripts[0].path}`;
  throw new AppError("bad_input", "Say how to run the job, e.g. python train.py.", { command: ["Required when the job is not one Python file."] });
}

export async function createJob(actor: TActor | null, input: TCreateJobBody) {
  const { teamId, userId } = authorizeInTeam(actor, "job.run");
  const project = await findNotebookProject(teamId, input.projectId);
  const files =
    input.source.kind === "notebook"
      ? [await notebookScript(teamId, input.source.notebookId)]
      : input.source.files.map((file) => ({ path: file.path, data: Buffer.from(file.data, "base64") }));
  checkJobFiles(files);
  const command = input.command ?? defaultCommand(files);
  const unknown = commandParamNames(command).filter((name) => !Object.hasOwn(input.params, name));
  if (unknown.length) {
    throw new AppError("bad_input", `The command uses {${unknown[0]}}, which is not a param.`, { command: [`Add a param "${unknown[0]}", or remove it from the command.`] });
  }
  const id = randomUUID();
  await storeJobFiles(id, files);
  await db.job.create({
    data: {
      id,
      teamId,
      projectId: project.id,
      name: input.name,
      command,
      params: input.params,
      files: files.map((file) => ({ path: file.path, size: file.data.length })),
      gpus: input.gpus,
      maxRetries: input.maxRetries,
      createdById: userId,
      reason: "Waiting for a worker.",
    },
  });
  await publishJobState(id);
  await scheduleQueuedJobs(teamId);
  return { id };
}
