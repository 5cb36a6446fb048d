"use client";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { IPYNB_MAX_BYTES } from "@/lib/notebooks/schemas";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { UploadIcon } from "@/components/ui/icons";
import { InlineStatus } from "@/components/ui/inline-status";
import { formatSize } from "@/components/ui/format-size";
import { FilePicker } from "@/components/forms/file-picker";
import formStyles from "@/components/forms/form.module.css";
import { postWithProgress } from "@/components/forms/post-with-progress";
import { UploadProgress } from "@/components/forms/upload-progress";
import { ProjectField, type TProjectOption } from "@/components/projects/project-field";

/** Where an import is: choosing, sending the file (0..1), or the server creating the notebook. */
type TStage = { kind: "idle" } | { kind: "uploading"; fraction: number } | { kind: "creating" };

const MEGABYTE = 2 ** 20;

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
              <FilePicker
                {...control}
                accept=".ipynb,application/x-ipynb+json,application/json"
                onChange={choose}
                disabled={isBusy}
                hasFile={file !== null}
                title={file ? file.name : "Choose a .ipynb file"}
                meta={file ? formatSize(file.size) : "Its name becomes the notebook's name"}
                actionLabel={file ? "Change" : "Browse"}
              />
            )}
          </Field>
          <ProjectField projects={projects} projectId={projectId} disabled={isBusy} />
          {isBusy && (
            <UploadProgress
              label="Import progress"
              fraction={stage.kind === "uploading" ? stage.fraction : null}
              text={stage.kind === "uploading" ? `Uploading… ${Math.round(stage.fraction * 100)}%` : "Creating the notebook…"}
            />
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
