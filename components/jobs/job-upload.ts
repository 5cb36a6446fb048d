// The files a new job is sent with, as chosen in the browser: single files go to the job's
// folder by name; a folder's files by their path inside it (its own name left off, so that
// "python train.py" runs its train.py). What no training needs (.git, caches, virtualenvs) is
// left out, and a file chosen again replaces the one at its path.
export type TPickedFile = { name: string; size: number; webkitRelativePath?: string };
export type TChosenFile<F extends TPickedFile = File> = { path: string; file: F };

const LEFT_OUT = new Set([".git", ".hg", ".svn", "__pycache__", ".ipynb_checkpoints", ".mypy_cache", ".pytest_cache", ".venv", "venv", "node_modules", ".DS_Store"]);

export function jobFilePath(file: TPickedFile) {
  const relative = file.webkitRelativePath;
  if (!relative) return file.name;
  return relative.slice(relative.indexOf("/") + 1) || file.name;
}

export function isLeftOut(path: string) {
  return path.split("/").some((part) => LEFT_OUT.has(part));
}

export function addChosenFiles<F extends TPickedFile>(chosen: TChosenFile<F>[], picked: F[]): { files: TChosenFile<F>[]; leftOut: number } {
  const byPath = new Map(chosen.map((entry) => [entry.path, entry]));
  let leftOut = 0;
  for (const file of picked) {
    const path = jobFilePath(file);
    if (isLeftOut(path)) leftOut += 1;
    else byPath.set(path, { path, file });
  }
  const files = [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
  return { files, leftOut };
}

/** A file's bytes as base64, as a job's body carries them. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsDataURL(file);
  });
}
