"use client";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { IPYNB_MAX_BYTES } from "@/lib/notebooks/schemas";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FileIcon, UploadIcon } from "@/components/ui/icons";
import { InlineStatus } from "@/components/ui/inline-status";
import formStyles from "@/components/forms/form.module.css";
import { postWithProgress } from "./post-with-progress";
import { ProjectField, type TProjectOption } from "./project-field";
import styles from "./import-notebook.module.css";

/** Where an import is: choosing, sending the file (0..1), or the server creating the notebook. */
type TStage = { kind: "idle" } | { kind: "uploading"; fraction: number } | { kind: "creating" };

const MEGABYTE = 2 ** 20;

function formatSize(bytes: number) {
  return bytes < MEGABYTE ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / MEGABYTE).toFixed(1)} MB`;
}

// A file that parses goes as JSON (no escaping to grow it); one that does not goes as its
// text, so the server says what is wrong with it in the same words as for any other caller.
function requestBody(text: string, fields: { projectId: string; name: string }) {
  let notebook: unknown = text;
  try {
    notebook = JSON.parse(text);
  } catch {
    // Sent as text: the server answers that it is not JSON.
  }
  return JSON.stringify({ ...fields, notebook });
}

/** Imports a .ipynb file into a project (fixed when opened from one), then opens it. */
export function ImportNotebookButton({ projects, projectId }: { projects: TProjectOption[]; projectId?: string }) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stage, setStage] = useState<TStage>({ kind: "idle" });
  const isBusy = stage.kind !== "idle";

  function open() {
    setFile(null);
    setError(null);
    setStage({ kind: "idle" });
    setIsOpen(true);
  }

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    setError(chosen && chosen.size > IPYNB_MAX_BYTES ? `This file is ${formatSize(chosen.size)}; a notebook to import can be at most ${IPYNB_MAX_BYTES / MEGABYTE} MB.` : null);
    setFile(chosen);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setError("Choose a .ipynb file to import.");
    if (file.size > IPYNB_MAX_BYTES) return;
    const project = String(new FormData(event.currentTarget).get("projectId"));
    setError(null);
    setStage({ kind: "uploading", fraction: 0 });
    const body = requestBody(await file.text(), { projectId: project, name: file.name.replace(/\.ipynb$/i, "").trim().slice(0, 120) || "Imported notebook" });
    const answer = await postWithProgress({
      url: "/api/v1/notebooks/import",
      body,
      onProgress: (fraction) => setStage(fraction < 1 ? { kind: "uploading", fraction } : { kind: "creating" }),
    });
    const result = answer.body as { id?: string; message?: string } | null;
    if (answer.status === 201 && result?.id) return router.push(`/notebooks/${result.id}`);
    setStage({ kind: "idle" });
    setError(result?.message ?? (answer.status === 0 ? "The studio could not be reached. Check the connection and try again." : `The import failed (HTTP ${answer.status}).`));
  }

  return (
    <>
      <Button onClick={open}>
        <UploadIcon size={16} />
        Import .ipynb
      </Button>
      <Dialog
        isOpen={isOpen}
        onClose={() => setIsOpen(false)}
        title="Import a notebook"
        description={`A .ipynb file from Jupyter, VS Code or Colab, up to ${IPYNB_MAX_BYTES / MEGABYTE} MB. Its cells and saved outputs come along.`}
      >
        <form className={formStyles.form} onSubmit={(event) => void submit(event)} noValidate>
          {error && <InlineStatus tone="error">{error}</InlineStatus>}
          <Field label="Notebook file">
            {(control) => (
              <div className={styles.picker} data-has-file={file ? true : undefined}>
                <input {...control} className={styles.input} type="file" accept=".ipynb,application/x-ipynb+json,application/json" onChange={choose} disabled={isBusy} />
                <FileIcon size={20} />
                <span className={styles.pickerText}>
                  <span className={styles.fileName}>{file ? file.name : "Choose a .ipynb file"}</span>
                  <span className={styles.fileMeta}>{file ? formatSize(file.size) : "Its name becomes the notebook's name"}</span>
                </span>
                <span className={styles.browse} aria-hidden="true">
                  {file ? "Change" : "Browse"}
                </span>
              </div>
            )}
          </Field>
          <ProjectField projects={projects} projectId={projectId} disabled={isBusy} />
          {isBusy && (
            <div className={styles.progress}>
              <div
                className={styles.track}
                role="progressbar"
                aria-label="Import progress"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={stage.kind === "uploading" ? Math.round(stage.fraction * 100) : undefined}
              >
                <div className={stage.kind === "creating" ? `${styles.bar} ${styles.indeterminate}` : styles.bar} style={{ width: stage.kind === "uploading" ? `${stage.fraction * 100}%` : undefined }} />
              </div>
              <span className={styles.stage} role="status">
                {stage.kind === "uploading" ? `Uploading… ${Math.round(stage.fraction * 100)}%` : "Creating the notebook…"}
              </span>
            </div>
          )}
          <DialogActions>
            <Button onClick={() => setIsOpen(false)} disabled={isBusy}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" isPending={isBusy}>
              Import notebook
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
