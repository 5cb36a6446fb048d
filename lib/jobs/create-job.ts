// A new training job: its files stored, its row queued, and the scheduler told. Nothing is
// queued unless every file is stored: a half-made job never runs.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import { findNotebookProject } from "@/lib/notebooks/find-authorized-notebook";
import type { TActor } from "@/lib/permissions";
import { jobFilesPrefix, storeFiles } from "./job-files";
import { prepareJobCode } from "./prepare-job-code";
import { publishJobState } from "./publish-job";
import { scheduleQueuedJobs } from "./schedule-jobs";
import type { TCreateJobBody } from "./schemas";

export async function createJob(actor: TActor | null, input: TCreateJobBody) {
  const { teamId, userId } = authorizeInTeam(actor, "job.run");
  const project = await findNotebookProject(teamId, input.projectId);
  const { files, command } = await prepareJobCode(teamId, input, Object.keys(input.params));
  const id = randomUUID();
  await storeFiles(jobFilesPrefix(id), files);
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
