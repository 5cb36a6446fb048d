// A job's folder: the files it was sent, written under a fresh folder of its own, and a bin/
// whose `python` and `python3` are the worker's configured Python (the `python3` first on
// PATH may be another one, without the packages). Paths are checked before anything is
// written: a job's file must never land outside its folder.
import { constants } from "node:fs";
import { access, chmod, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { MAX_JOB_FILES_BYTES, type TWorkerCommandPayload } from "@/lib/protocol";

type TJobFile = TWorkerCommandPayload<"job:start">["files"][number];

/** The worker's own folder inside a job's; a job's files may not go there. */
export const TOOLS_FOLDER = ".mlstudio";
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Throws on the first file that cannot be written as asked; writes nothing. */
export function checkJobFiles(files: TJobFile[]) {
  let bytes = 0;
  for (const file of files) {
    const segments = file.path.split(/[\\/]/);
    const name = segments.at(-1);
    if (path.isAbsolute(file.path) || segments.includes("..") || file.path.includes("\0") || !name || name === ".") {
      throw new Error(`The job's file "${file.path}" must be a file's relative path inside the job's folder, without "..".`);
    }
    if (segments.find((s) => s && s !== ".") === TOOLS_FOLDER) throw new Error(`The job's file "${file.path}" may not go under ${TOOLS_FOLDER}/: the worker's own files go there.`);
    if (file.data.length % 4 !== 0 || !BASE64.test(file.data)) throw new Error(`The job's file "${file.path}" is not base64.`);
    bytes += (file.data.length / 4) * 3 - (file.data.match(/=*$/)?.[0].length ?? 0);
  }
  if (bytes > MAX_JOB_FILES_BYTES) throw new Error(`The job's files take more than ${MAX_JOB_FILES_BYTES / 2 ** 20} MiB.`);
}

/** Where a job's attempt runs: one path segment whatever the job's id holds. */
export function workspaceFolder(root: string, jobId: string, attempt: number) {
  return path.join(root, `${jobId.replace(/[^A-Za-z0-9_.-]/g, "_")}-${attempt}`);
}

/** Writes the files (with their subfolders) and the tools folder; returns the tools' bin/. */
export async function writeWorkspace(options: { folder: string; files: TJobFile[]; python: string }) {
  const { folder, files } = options;
  const python = await resolveExecutable(options.python);
  await rm(folder, { recursive: true, force: true }); // left over by a worker that was killed
  await mkdir(folder, { recursive: true });
  for (const file of files) {
    const target = path.join(folder, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, Buffer.from(file.data, "base64"));
  }
  const bin = path.join(folder, TOOLS_FOLDER, "bin");
  await mkdir(bin, { recursive: true });
  // Scripts that exec the interpreter by its own path, not symlinks: a symlink to a
  // virtualenv's python starts the base interpreter without the virtualenv's packages.
  const launcher = `#!/bin/sh\nexec '${python.replaceAll("'", `'\\''`)}' "$@"\n`;
  for (const name of ["python", "python3"]) {
    await writeFile(path.join(bin, name), launcher);
    await chmod(path.join(bin, name), 0o755);
  }
  return bin;
}

export async function removeWorkspace(folder: string) {
  await rm(folder, { recursive: true, force: true, maxRetries: 3 });
}

/** An absolute path to the interpreter: a bare name is looked up on the worker's PATH now,
 * since inside the job PATH starts with the launchers themselves. */
async function resolveExecutable(name: string) {
  if (name.includes("/")) return path.resolve(name);
  for (const folder of (process.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(folder, name);
    if (await access(candidate, constants.X_OK).then(() => true, () => false)) return candidate;
  }
  throw new Error(`The worker's Python "${name}" is not on its PATH.`);
}
