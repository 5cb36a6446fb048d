// What a job (or each trial of a sweep) runs: its files from the source (files sent, a
// notebook's code, or an earlier job's files), checked, and its command, which may name only
// params the job has.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkJobFiles, jobCodePrefix, notebookScript, readFiles, type TJobFile } from "./job-files";
import { commandParamNames } from "./job-command";
import type { TCreateJobBody } from "./schemas";

function defaultCommand(files: TJobFile[]) {
  const scripts = files.filter((file) => file.path.endsWith(".py"));
  if (scripts.length === 1) return `python ${scripts[0].path}`;
  throw new AppError("bad_input", "Say how to run the job, e.g. python train.py.", { command: ["Required when the job is not one Python file."] });
}

type TSource = TCreateJobBody["source"] | { kind: "job"; jobId: string };

/** An earlier job's files, and its command as the default. */
async function codeOfJob(teamId: string, jobId: string) {
  const job = await db.job.findFirst({ where: { id: jobId, teamId }, select: { id: true, command: true, files: true, sweepTrial: { select: { sweepId: true } } } });
  if (!job) throw new AppError("not_found", "This job does not exist in your team.", { "source.jobId": ["Choose a job of your team."] });
  return { files: await readFiles(jobCodePrefix(job), (job.files as Array<{ path: string }>).map((file) => file.path)), command: job.command };
}

async function codeOf(teamId: string, source: TSource): Promise<{ files: TJobFile[]; command?: string }> {
  if (source.kind === "notebook") return { files: [await notebookScript(teamId, source.notebookId)] };
  if (source.kind === "job") return codeOfJob(teamId, source.jobId);
  return { files: source.files.map((file) => ({ path: file.path, data: Buffer.from(file.data, "base64") })) };
}

export async function prepareJobCode(teamId: string, input: { source: TSource; command?: string }, paramNames: string[]) {
  const code = await codeOf(teamId, input.source);
  const files = code.files;
  checkJobFiles(files);
  const command = input.command ?? code.command ?? defaultCommand(files);
  const unknown = commandParamNames(command).filter((name) => !paramNames.includes(name));
  if (unknown.length) {
    throw new AppError("bad_input", `The command uses {${unknown[0]}}, which is not a param.`, { command: [`Add a param "${unknown[0]}", or remove it from the command.`] });
  }
  return { files, command };
}
