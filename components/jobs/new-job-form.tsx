"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { TActionResult } from "@/lib/http/define-action";
import type { TCreateJobBody } from "@/lib/jobs/schemas";
import { MAX_JOB_FILES_BYTES } from "@/lib/protocol";
import { postWithProgress } from "@/components/forms/post-with-progress";
import { RadioCards } from "@/components/forms/radio-cards";
import { requestResult } from "@/components/forms/request-result";
import { UploadProgress } from "@/components/forms/upload-progress";
import { useServerAction } from "@/components/forms/use-server-action";
import formStyles from "@/components/forms/form.module.css";
import { ProjectField, type TProjectOption } from "@/components/projects/project-field";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input } from "@/components/ui/input";
import { JobFilesField } from "./job-files-field";
import { JobNotebookField, type TNotebookOption } from "./job-notebook-field";
import { paramsFromRows, type TParamRow } from "./job-params";
import { JobParamsField } from "./job-params-field";
import { addChosenFiles, readAsBase64, type TChosenFile } from "./job-upload";
import styles from "./new-job.module.css";

type TSourceKind = "files" | "notebook";
type TStage = { kind: "idle" } | { kind: "reading" } | { kind: "uploading"; fraction: number } | { kind: "creating" } | { kind: "opening" };
type TJobDraft = Omit<TCreateJobBody, "source"> & { source: { kind: "files"; files: TChosenFile[] } | { kind: "notebook"; notebookId: string } };

const SOURCES = [
  { value: "files" as const, title: "Upload files", description: "A script, or a folder with train.py, its modules and configs." },
  { value: "notebook" as const, title: "Notebook", description: "A notebook of the project: its code cells, in order, become one script." },
];

// The fields that show their own server messages; a message for any other goes above the form.
const SHOWN_ERRORS = /^(projectId|name|command|gpus|maxRetries|source|source\.notebookId|source\.files(\.\d+\.(path|data))?|params(\..+)?)$/;

const STAGE_TEXT = { reading: "Reading the files…", creating: "Queueing the job…", opening: "Opening the job…" };

/** What a folder's or a file's name suggests as the job's name, e.g. "mnist" for mnist/train.py. */
function suggestName(picked: File[]) {
  const first = picked[0];
  if (!first) return "";
  return first.webkitRelativePath ? first.webkitRelativePath.split("/")[0] : first.name.replace(/\.[^.]+$/, "");
}

type TNewJobFormProps = { projects: TProjectOption[]; notebooks: TNotebookOption[]; initialProjectId?: string };

/** A new training job: its code, how to run it, with which params and on what; then its page. */
export function NewJobForm({ projects, notebooks, initialProjectId }: TNewJobFormProps) {
  const router = useRouter();
  const [projectId, setProjectId] = useState(projects.some((p) => p.id === initialProjectId) ? initialProjectId! : projects[0].id);
  const [name, setName] = useState("");
  const [isNameTyped, setIsNameTyped] = useState(false);
  const [sourceKind, setSourceKind] = useState<TSourceKind>("files");
  const [files, setFiles] = useState<TChosenFile[]>([]);
  const [leftOut, setLeftOut] = useState(0);
  const [notebookId, setNotebookId] = useState("");
  const [rows, setRows] = useState<TParamRow[]>([{ id: 1, name: "", value: "" }]);
  const [stage, setStage] = useState<TStage>({ kind: "idle" });
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const { params, errors: rowErrors } = paramsFromRows(rows);
  const isBusy = stage.kind !== "idle";

  const create = useServerAction(async (draft: TJobDraft): Promise<TActionResult<{ id: string }>> => {
    setStage({ kind: "reading" });
    let source: TCreateJobBody["source"];
    try {
      source =
        draft.source.kind === "notebook"
          ? draft.source
          : { kind: "files", files: await Promise.all(draft.source.files.map(async (entry) => ({ path: entry.path, data: await readAsBase64(entry.file) }))) };
    } catch (error) {
      setStage({ kind: "idle" });
      return { ok: false, error: { code: "bad_input", message: `A file could not be read (${String(error)}). Choose it again.` } };
    }
    const answer = await postWithProgress({
      url: "/api/v1/jobs",
      body: JSON.stringify({ ...draft, source }),
      onProgress: (fraction) => setStage(fraction < 1 ? { kind: "uploading", fraction } : { kind: "creating" }),
    });
    const result = requestResult<{ id: string }>(answer.status, answer.body);
    if (!result.ok) setStage({ kind: "idle" });
    return result;
  });
  const errors = { ...create.fieldErrors, ...localErrors };

  // A problem found before sending goes once its field changes.
  function forget(key: string) {
    if (localErrors[key]) setLocalErrors(({ [key]: _gone, ...rest }) => rest);
  }

  function changeName(suggestion: string) {
    if (isNameTyped || !suggestion) return;
    setName(suggestion.slice(0, 200));
    forget("name");
  }

  function pick(picked: File[]) {
    const added = addChosenFiles(files, picked);
    setFiles(added.files);
    setLeftOut(added.leftOut);
    changeName(suggestName(picked));
    forget("source.files");
    // The server's messages name files by their place in the list, which changes now.
    create.clearError();
  }

  function chooseNotebook(id: string) {
    setNotebookId(id);
    forget("source.notebookId");
    changeName(notebooks.find((notebook) => notebook.id === id)?.name ?? "");
  }

  function checkDraft(): Record<string, string[]> {
    const problems: Record<string, string[]> = {};
    if (!name.trim()) problems.name = ["Name the job."];
    if (sourceKind === "files" && files.length === 0) problems["source.files"] = ["Choose the files to run: a script, or a folder."];
    if (sourceKind === "files" && files.reduce((sum, entry) => sum + entry.file.size, 0) > MAX_JOB_FILES_BYTES) {
      problems["source.files"] = [`A job's files take at most ${MAX_JOB_FILES_BYTES / 2 ** 20} MB together.`];
    }
    if (sourceKind === "notebook" && !notebookId) problems["source.notebookId"] = ["Choose a notebook."];
    if (Object.keys(rowErrors).length) problems.params = ["Some params need attention."];
    return problems;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const problems = checkDraft();
    setLocalErrors(problems);
    if (Object.keys(problems).length) return create.clearError();
    const command = String(values.get("command") ?? "").trim();
    create.run(
      {
        projectId,
        name: name.trim(),
        command: command || undefined,
        params,
        source: sourceKind === "files" ? { kind: "files", files } : { kind: "notebook", notebookId },
        gpus: Number(values.get("gpus") || 0),
        maxRetries: Number(values.get("maxRetries") || 0),
      },
      (job) => {
        setStage({ kind: "opening" });
        router.push(`/experiments/jobs/${job.id}`);
      },
    );
  }

  const paramErrors = Object.entries(errors)
    .filter(([key]) => key === "params" || key.startsWith("params."))
    .flatMap(([key, messages]) => messages.map((message) => (key === "params" ? message : `${key.slice("params.".length)}: ${message}`)));
  const otherErrors = Object.entries(create.fieldErrors)
    .filter(([key]) => !SHOWN_ERRORS.test(key))
    .map(([key, messages]) => `${key}: ${messages[0]}`);
  return (
    <form className={`${formStyles.form} ${styles.form}`} onSubmit={submit} noValidate aria-label="New job">
      {(create.formError || otherErrors.length > 0) && <InlineStatus tone="error">{[create.formError, ...otherErrors].filter(Boolean).join(" ")}</InlineStatus>}
      <div className={formStyles.row}>
        <ProjectField
          projects={projects}
          defaultProjectId={projectId}
          error={errors.projectId}
          disabled={isBusy}
          onChange={(id) => {
            setProjectId(id);
            setNotebookId("");
          }}
        />
        <Field label="Name" error={errors.name}>
          {(control) => (
            <Input
              {...control}
              name="name"
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setIsNameTyped(event.target.value !== "");
                forget("name");
              }}
              placeholder="mnist-cnn"
              maxLength={200}
              disabled={isBusy}
            />
          )}
        </Field>
      </div>
      <RadioCards legend="Code to run" name="source" options={SOURCES} value={sourceKind} onChange={setSourceKind} />
      {sourceKind === "files" ? (
        <JobFilesField
          files={files}
          leftOut={leftOut}
          onPick={pick}
          onRemove={(path) => {
            setFiles(files.filter((entry) => entry.path !== path));
            create.clearError();
          }}
          onClear={() => {
            setFiles([]);
            setLeftOut(0);
            create.clearError();
          }}
          fieldErrors={errors}
          disabled={isBusy}
        />
      ) : (
        <JobNotebookField
          notebooks={notebooks.filter((notebook) => notebook.projectId === projectId)}
          value={notebookId}
          onChange={chooseNotebook}
          error={errors["source.notebookId"]}
          disabled={isBusy}
        />
      )}
      <Field
        label="Command"
        hint={
          <>
            Run by the worker&apos;s shell in the job&apos;s folder; <code>python</code> is the worker&apos;s Python. Optional for one .py file or a notebook: then{" "}
            <code>python</code> runs that file.
          </>
        }
        error={errors.command}
      >
        {(control) => <Input {...control} name="command" className={styles.mono} placeholder="python train.py --lr {lr}" autoComplete="off" spellCheck={false} disabled={isBusy} />}
      </Field>
      <JobParamsField
        rows={rows}
        onChange={(next) => {
          setRows(next);
          forget("params");
        }}
        rowErrors={rowErrors}
        errors={paramErrors}
        disabled={isBusy}
      />
      <div className={formStyles.row}>
        <Field label="GPUs" hint="0 runs it on a CPU; a worker with this many GPUs free takes it." error={errors.gpus}>
          {(control) => <Input {...control} name="gpus" type="number" min={0} max={64} step={1} defaultValue={0} inputMode="numeric" disabled={isBusy} />}
        </Field>
        <Field label="Retries" hint="How many times it is queued again if its worker is lost (0–10)." error={errors.maxRetries}>
          {(control) => <Input {...control} name="maxRetries" type="number" min={0} max={10} step={1} defaultValue={0} inputMode="numeric" disabled={isBusy} />}
        </Field>
      </div>
      {stage.kind !== "idle" && (
        <UploadProgress
          label="Job upload progress"
          fraction={stage.kind === "uploading" ? stage.fraction : null}
          text={stage.kind === "uploading" ? `Uploading… ${Math.round(stage.fraction * 100)}%` : STAGE_TEXT[stage.kind]}
        />
      )}
      <div className={formStyles.actions}>
        <Button type="submit" variant="primary" isPending={isBusy || create.isPending}>
          Start job
        </Button>
        <ButtonLink href="/experiments/jobs">Cancel</ButtonLink>
      </div>
    </form>
  );
}
