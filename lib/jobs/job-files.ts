// A job's code as files: kept in the artifact store under jobs/<id>/files/ when the job is
// made (so a later edit of the notebook or a re-upload does not change a queued job), and read
// back whole at each dispatch, since they travel to the worker inside its start command.
// A sweep keeps its trials' files under sweeps/<id>/files/ and copies them into each trial's job.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { openArtifact, writeArtifact } from "@/lib/artifacts/artifact-store";
import { slugify } from "@/lib/projects/slugify";
import { MAX_JOB_FILES_BYTES } from "@/lib/protocol";

export type TJobFile = { path: string; data: Buffer };

export const jobFilesPrefix = (jobId: string) => `jobs/${jobId}/files`;
export const sweepFilesPrefix = (sweepId: string) => `sweeps/${sweepId}/files`;

/** Where a job's files are: its own, or its sweep's for a trial. */
export function jobCodePrefix(job: { id: string; sweepTrial: { sweepId: string } | null }) {
  return job.sweepTrial ? sweepFilesPrefix(job.sweepTrial.sweepId) : jobFilesPrefix(job.id);
}

/** A notebook's code cells as one script, in order. IPython's magics (`%pip`, `!ls`) are not
 * Python: they become comments, so that the script still runs and says what was left out. */
export async function notebookScript(teamId: string, notebookId: string): Promise<TJobFile> {
  const notebook = await db.notebook.findFirst({
    where: { id: notebookId, teamId },
    select: { name: true, cells: { where: { type: "CODE" }, orderBy: { position: "asc" }, select: { source: true } } },
  });
  if (!notebook) throw new AppError("not_found", "This notebook does not exist in your team.", { "source.notebookId": ["Choose a notebook of your team."] });
  if (!notebook.cells.some((cell) => cell.source.trim())) {
    throw new AppError("bad_input", `The notebook "${notebook.name}" has no code to run.`, { "source.notebookId": ["Choose a notebook with code cells."] });
  }
  const cells = notebook.cells.map((cell, index) => {
    const lines = cell.source.split("\n").map((line) => (/^\s*[%!]/.test(line) ? `# (IPython only) ${line}` : line));
    return `# %% cell ${index + 1}\n${lines.join("\n")}\n`;
  });
  const script = `# From the notebook "${notebook.name}", its code cells in order.\n\n${cells.join("\n")}`;
  return { path: `${slugify(notebook.name)}.py`, data: Buffer.from(script) };
}

export function checkJobFiles(files: TJobFile[]) {
  const paths = new Set<string>();
  for (const file of files) {
    if (paths.has(file.path)) throw new AppError("bad_input", `The file "${file.path}" is sent twice.`);
    paths.add(file.path);
  }
  const size = files.reduce((sum, file) => sum + file.data.length, 0);
  if (size > MAX_JOB_FILES_BYTES) {
    throw new AppError("payload_too_large", `A job's files take at most ${MAX_JOB_FILES_BYTES / 2 ** 20} MiB together; these take ${(size / 2 ** 20).toFixed(1)} MiB.`);
  }
}

export async function storeFiles(prefix: string, files: TJobFile[]) {
  for (const file of files) await writeArtifact(`${prefix}/${file.path}`, file.data);
}

export async function readFiles(prefix: string, paths: string[]): Promise<TJobFile[]> {
  return Promise.all(
    paths.map(async (path) => {
      const chunks: Buffer[] = [];
      for await (const chunk of (await openArtifact(`${prefix}/${path}`)).chunks) chunks.push(chunk);
      return { path, data: Buffer.concat(chunks) };
    }),
  );
}
