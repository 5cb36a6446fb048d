"use client";
import Papa from "papaparse";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { inferTask, type TTask } from "@/lib/automl/infer-task";
import type { TCreateAutomlBody } from "@/lib/automl/schemas";
import type { TActionResult } from "@/lib/http/define-action";
import { MAX_JOB_FILES_BYTES } from "@/lib/protocol";
import { FilePicker } from "@/components/forms/file-picker";
import { postWithProgress } from "@/components/forms/post-with-progress";
import { requestResult } from "@/components/forms/request-result";
import { UploadProgress } from "@/components/forms/upload-progress";
import { useServerAction } from "@/components/forms/use-server-action";
import formStyles from "@/components/forms/form.module.css";
import { readAsBase64 } from "@/components/jobs/job-upload";
import jobStyles from "@/components/jobs/new-job.module.css";
import { ProjectField, type TProjectOption } from "@/components/projects/project-field";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formatSize } from "@/components/ui/format-size";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

/** What the browser reads of the table to offer its columns: the first rows are enough. */
const PREVIEW_BYTES = 256 * 1024;

type TTable = { file: File; columns: string[]; rows: string[][] };

function columnTask(table: TTable, column: string): TTask {
  const index = table.columns.indexOf(column);
  return inferTask(table.rows.map((row) => (row[index] ?? "").trim()));
}

/** AutoML for a table: a CSV and the column to predict; trials cross-validate models on workers. */
export function NewAutomlForm({ projects }: { projects: TProjectOption[] }) {
  const router = useRouter();
  const [projectId, setProjectId] = useState(projects[0].id);
  const [table, setTable] = useState<TTable | null>(null);
  const [target, setTarget] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const create = useServerAction(async (body: TCreateAutomlBody): Promise<TActionResult<{ id: string }>> => {
    const answer = await postWithProgress({ url: "/api/v1/automl", body: JSON.stringify(body), onProgress: setSent });
    setSent(null);
    return requestResult(answer.status, answer.body);
  });
  const errors = create.fieldErrors;

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setTable(null);
    setTarget("");
    create.clearError();
    if (!file) return;
    if (file.size > MAX_JOB_FILES_BYTES) return setFileError(`A table takes at most ${MAX_JOB_FILES_BYTES / 2 ** 20} MB for now; this one is ${formatSize(file.size)}.`);
    const parsed = Papa.parse<string[]>(await file.slice(0, PREVIEW_BYTES).text(), { skipEmptyLines: true });
    const [columns, ...rows] = parsed.data;
    if (!columns || columns.length < 2) return setFileError("This does not read as a CSV with a header line and two columns or more.");
    setFileError(null);
    // The last row of a slice may be cut in the middle.
    setTable({ file, columns, rows: file.size > PREVIEW_BYTES ? rows.slice(0, -1) : rows });
    setTarget(columns.at(-1)!);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!table) return setFileError("Choose a CSV file.");
    const values = new FormData(event.currentTarget);
    const data = await readAsBase64(table.file);
    create.run(
      {
        projectId,
        name: String(values.get("name") ?? "").trim(),
        file: { path: table.file.name.replace(/[^\w.-]/g, "_"), data },
        target,
        maxTrials: Number(values.get("maxTrials") || 12),
        parallelism: Number(values.get("parallelism") || 2),
        folds: Number(values.get("folds") || 5),
      },
      (sweep) => router.push(`/experiments/sweeps/${sweep.id}`),
    );
  }

  const task = table && target ? columnTask(table, target) : null;
  const isBusy = create.isPending;
  return (
    <form className={`${formStyles.form} ${jobStyles.form}`} onSubmit={submit} noValidate aria-label="New AutoML">
      {create.formError && <InlineStatus tone="error">{create.formError}</InlineStatus>}
      <div className={formStyles.row}>
        <ProjectField projects={projects} defaultProjectId={projectId} error={errors.projectId} disabled={isBusy} onChange={setProjectId} />
        <Field label="Name" error={errors.name}>
          {(control) => <Input {...control} key={table?.file.name} name="name" defaultValue={table ? `AutoML ${table.file.name.replace(/\.csv$/i, "")}` : ""} placeholder="AutoML churn" maxLength={200} disabled={isBusy} />}
        </Field>
      </div>
      <Field label="Table (CSV)" error={fileError ?? errors.file ?? errors["file.path"]}>
        {(control) => (
          <FilePicker
            {...control}
            accept=".csv,text/csv"
            onChange={pick}
            disabled={isBusy}
            hasFile={Boolean(table)}
            title={table ? table.file.name : "Choose a CSV file"}
            meta={table ? `${formatSize(table.file.size)} · ${table.columns.length} columns` : "A header line, then a row per example"}
            actionLabel={table ? "Change" : "Browse"}
          />
        )}
      </Field>
      {table && (
        <div className={formStyles.row}>
          <Field label="Column to predict" hint={task && `Looks like ${task === "classification" ? "classification: its values are classes" : "regression: its values are quantities"}.`} error={errors.target}>
            {(control) => (
              <Select {...control} value={target} onChange={(event) => setTarget(event.target.value)} disabled={isBusy}>
                {table.columns.map((column) => (
                  <option key={column} value={column}>
                    {column}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Folds" hint="Cross-validation folds per trial (2–10)." error={errors.folds}>
            {(control) => <Input {...control} name="folds" type="number" min={2} max={10} defaultValue={5} inputMode="numeric" disabled={isBusy} />}
          </Field>
        </div>
      )}
      <div className={formStyles.row}>
        <Field label="Trials" hint="Candidate models to try (3–200)." error={errors.maxTrials}>
          {(control) => <Input {...control} name="maxTrials" type="number" min={3} max={200} defaultValue={12} inputMode="numeric" disabled={isBusy} />}
        </Field>
        <Field label="At once" hint="Trials running at the same time." error={errors.parallelism}>
          {(control) => <Input {...control} name="parallelism" type="number" min={1} max={32} defaultValue={2} inputMode="numeric" disabled={isBusy} />}
        </Field>
      </div>
      <p className={jobStyles.note}>
        Each trial fits a linear model, a random forest or gradient boosting (the search picks which, and how complex) with cross-validation on a
        worker, and logs its fold scores, its confusion matrix or residuals, its feature importance and its model.
      </p>
      {sent !== null && <UploadProgress label="Table upload progress" fraction={sent} text={`Uploading… ${Math.round(sent * 100)}%`} />}
      <div className={formStyles.actions}>
        <Button type="submit" variant="primary" isPending={isBusy}>
          Start AutoML
        </Button>
        <ButtonLink href="/experiments/sweeps">Cancel</ButtonLink>
      </div>
    </form>
  );
}
