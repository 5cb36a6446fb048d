// `studio notebook run`: imports FILE into a project of the studio, runs it headless on a
// fresh kernel, exports the executed notebook to OUT (nbformat, as nbconvert writes it), and
// deletes the imported copy unless asked to keep it. Returns the exit status.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { CliError, UsageError } from "./cli-errors";
import { followRun, ZRunProgress, type TRunProgress } from "./follow-run";
import type { TRunArgs } from "./parse-run-args";
import { createStudioClient, type TStudioClient } from "./studio-client";

const DEFAULT_PROJECT = { slug: "notebook-runs", name: "Notebook runs" };

const ZNotebookFile = z.looseObject({
  cells: z.array(z.looseObject({ cell_type: z.string(), source: z.union([z.string(), z.array(z.string())]).default("") })),
});
type TNotebookFile = z.infer<typeof ZNotebookFile>;
const ZProjectRef = z.object({ id: z.string(), slug: z.string() });
const ZId = z.object({ id: z.string() });

async function readNotebookFile(file: string) {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const isMissing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new UsageError(isMissing ? `No such file: ${file}` : `Cannot read ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not JSON: a Jupyter notebook (.ipynb) is expected.`);
  }
  const notebook = ZNotebookFile.safeParse(json);
  if (!notebook.success) throw new UsageError(`${file} is not a Jupyter notebook: it has no list of cells.`);
  return notebook.data;
}

/** The project named, or the CLI's own one (made on first use). */
async function resolveProject(client: TStudioClient, project: string | undefined) {
  if (project) return client.get(ZProjectRef, `/projects/${encodeURIComponent(project)}`);
  const { projects } = await client.get(z.object({ projects: z.array(ZProjectRef) }), "/projects");
  return projects.find((p) => p.slug === DEFAULT_PROJECT.slug) ?? client.post(ZProjectRef, "/projects", { name: DEFAULT_PROJECT.name });
}

/** The failing cell's first lines, from the file itself (positions are the file's). */
function excerpt(notebook: TNotebookFile, position: number | null) {
  const cell = position === null ? undefined : notebook.cells[position];
  if (!cell) return [];
  const lines = [cell.source].flat().join("").split("\n");
  return [...lines.slice(0, 6).map((line) => `  | ${line}`), ...(lines.length > 6 ? ["  | …"] : [])];
}

function describeEnd(run: TRunProgress, notebook: TNotebookFile, file: string) {
  const total = run.startedAt && run.finishedAt ? ` in ${((Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000).toFixed(1)} s` : "";
  if (run.status === "succeeded") return [`Ran ${run.cells.total} code cells of ${file}${total}.`];
  const where = run.error?.position != null ? ` at cell ${run.error.position + 1}` : "";
  const why = run.error ? `: ${run.error.ename}: ${run.error.evalue}` : "";
  return [`The run ${run.status.replace("_", " ")}${where} of ${file}${why}`, ...excerpt(notebook, run.error?.position ?? null)];
}

export async function runNotebookFile(args: TRunArgs, options: { signal: AbortSignal; log: (line: string) => void }) {
  const { signal, log } = options;
  const notebook = await readNotebookFile(args.file);
  const client = createStudioClient(args);
  const project = await resolveProject(client, args.project);
  const name = path.basename(args.file).replace(/\.ipynb$/i, "").slice(0, 120) || "notebook";
  const imported = await client.post(ZId, "/notebooks/import", { projectId: project.id, name, notebook });
  try {
    const started = await client.post(ZRunProgress, `/notebooks/${imported.id}/run`, {
      timeoutSeconds: args.timeoutSeconds ?? null,
      stopOnError: !args.allowErrors,
    });
    const run = await followRun({ client, notebookId: imported.id, run: started, signal, log });
    const executed = await client.get(z.looseObject({ cells: z.array(z.unknown()) }), `/notebooks/${imported.id}/ipynb`);
    // As nbformat writes notebooks: one-space indent, a final newline.
    await writeFile(args.out, `${JSON.stringify(executed, null, 1)}\n`).catch((error: Error) => {
      throw new CliError(`Cannot write ${args.out}: ${error.message}`);
    });
    describeEnd(run, notebook, args.file).forEach((line) => log(line));
    log(`Wrote ${args.out}${run.status === "succeeded" ? "" : " (as far as the run went)"}.`);
    if (args.keep) log(`Kept the notebook in the studio: ${args.server}/notebooks/${imported.id}`);
    return run.status === "succeeded" ? 0 : 1;
  } finally {
    if (!args.keep) await client.delete(ZId, `/notebooks/${imported.id}`).catch((error: Error) => log(`Could not delete the imported notebook: ${error.message}`));
  }
}
