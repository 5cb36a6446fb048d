"use client";
import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { ZDatasetName } from "@/lib/datasets/schemas";
import { postJson } from "@/components/forms/request-result";
import { UploadProgress } from "@/components/forms/upload-progress";
import { useServerAction } from "@/components/forms/use-server-action";
import formStyles from "@/components/forms/form.module.css";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import fieldStyles from "@/components/ui/field.module.css";
import { formatSize } from "@/components/ui/format-size";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input, Textarea } from "@/components/ui/input";
import { ACCEPTED_HINT } from "./accepted-files";
import { datasetHref } from "./dataset-urls";
import { FileDropZone } from "./file-drop-zone";
import { formatVersion, pluralize } from "./format-dataset";
import { UploadFileList } from "./upload-file-list";
import { useFileUploads } from "./use-file-uploads";
import styles from "./upload-form.module.css";

export type TDatasetChoice = { name: string; latestNumber: number | null };

type TCreateBody = { name: string; description?: string; note: string; uploadIds: string[] };
type TCreated = { datasetId: string; versionId: string; number: number };

type TUploadFormProps = { datasets: TDatasetChoice[]; initialName: string; cancelHref: string };

/** Files uploaded in resumable chunks, then made into a new version of a named dataset. */
export function UploadForm({ datasets, initialName, cancelHref }: TUploadFormProps) {
  const router = useRouter();
  const ids = { names: useId(), files: useId() };
  const [name, setName] = useState(initialName);
  const [nameError, setNameError] = useState<string | null>(null);
  const [fileNotice, setFileNotice] = useState<string | null>(null);
  const [isUploading, setIsUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const uploads = useFileUploads();
  // Only the version's creation runs as a transition: the uploads' progress must render as it comes.
  const create = useServerAction((body: TCreateBody) => postJson<TCreated>("/api/v1/datasets", body));
  const errors = create.fieldErrors;
  const existing = datasets.find((dataset) => dataset.name === name.trim());
  const nextNumber = (existing?.latestNumber ?? 0) + 1;
  const isCreating = create.isPending;
  const isBusy = isUploading || isCreating;
  const formError = uploadError ?? create.formError;
  const totalBytes = uploads.entries.reduce((sum, entry) => sum + entry.file.size, 0);
  const sentBytes = uploads.entries.reduce((sum, entry) => sum + entry.sentBytes, 0);
  const fileError = fileNotice ?? errors.uploadIds?.[0] ?? null;

  function addFiles(files: File[]) {
    const refusals = uploads.add(files);
    setFileNotice(refusals.length ? `${refusals.join(" ")} The studio reads ${ACCEPTED_HINT.replace(/^./, (c) => c.toLowerCase())}` : null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    // Checked before any byte is sent: a wrong name found after a 2 GB upload would waste it.
    const parsedName = ZDatasetName.safeParse(name);
    setNameError(parsedName.success ? null : parsedName.error.issues[0].message);
    if (uploads.entries.length === 0) setFileNotice("Add at least one file.");
    if (!parsedName.success || uploads.entries.length === 0) return;
    setFileNotice(null);
    setUploadError(null);
    create.clearError();
    const description = String(values.get("description") ?? "").trim();
    const note = String(values.get("note") ?? "").trim();
    setIsUploading(true);
    const uploaded = await uploads.uploadAll();
    setIsUploading(false);
    if (!uploaded.ok) return setUploadError(uploaded.message);
    const body = { name: parsedName.data, note, uploadIds: uploaded.uploadIds, ...(description && { description }) };
    create.run(body, (created) => router.push(datasetHref(created.datasetId, created.number)));
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate aria-label="Upload data">
      {formError && <InlineStatus tone="error">{formError}</InlineStatus>}
      <div className={formStyles.row}>
        <Field
          label="Dataset"
          error={nameError ?? errors.name}
          hint={existing ? `Adds ${formatVersion(nextNumber)} to ${existing.name}; earlier versions stay as they are.` : "A new dataset; an existing name adds a version to it. Letters, digits, dots, dashes, underscores."}
        >
          {(control) => (
            <>
              <Input {...control} name="name" list={ids.names} value={name} onChange={(event) => setName(event.target.value)} placeholder="churn-events" maxLength={100} autoComplete="off" spellCheck={false} disabled={isBusy} required />
              <datalist id={ids.names}>
                {datasets.map((dataset) => (
                  <option key={dataset.name} value={dataset.name} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label="Version note (optional)" hint="What changed, e.g. “Removed duplicate rows”." error={errors.note}>
          {(control) => <Input {...control} name="note" maxLength={2000} disabled={isBusy} />}
        </Field>
      </div>
      <Field label="Description (optional)" hint={existing ? "Leave empty to keep the dataset’s description." : "What the data is and where it comes from."} error={errors.description}>
        {(control) => <Textarea {...control} name="description" rows={2} maxLength={2000} disabled={isBusy} />}
      </Field>
      <div className={fieldStyles.field} role="group" aria-labelledby={`${ids.files}-label`}>
        <span id={`${ids.files}-label`} className={fieldStyles.label}>
          Files
        </span>
        <FileDropZone onFiles={addFiles} disabled={isBusy} isInvalid={Boolean(fileError)} describedBy={`${ids.files}-${fileError ? "error" : "hint"}`} />
        {fileError ? (
          <p id={`${ids.files}-error`} className={fieldStyles.error} role="alert">
            {fileError}
          </p>
        ) : (
          <p id={`${ids.files}-hint`} className={fieldStyles.hint}>
            {ACCEPTED_HINT} Up to 5 GB each; several files of one kind make one version.
          </p>
        )}
        <UploadFileList entries={uploads.entries} onRemove={uploads.remove} isBusy={isBusy} />
      </div>
      {isBusy && (
        <UploadProgress
          label="Upload progress"
          fraction={isCreating ? null : totalBytes ? sentBytes / totalBytes : 0}
          text={isCreating ? `Reading the files into ${formatVersion(nextNumber)}: checking every row and gathering column statistics…` : `Uploading ${pluralize(uploads.entries.length, "file")}: ${formatSize(sentBytes)} of ${formatSize(totalBytes)} · ${totalBytes ? Math.floor((sentBytes / totalBytes) * 100) : 0}%`}
        />
      )}
      <div className={formStyles.actions}>
        <Button type="submit" variant="primary" isPending={isBusy}>
          {existing ? `Upload as ${formatVersion(nextNumber)}` : "Upload and create dataset"}
        </Button>
        {isBusy && !isCreating ? (
          <Button onClick={uploads.stop}>Stop</Button>
        ) : (
          <ButtonLink href={cancelHref}>Cancel</ButtonLink>
        )}
        {uploads.entries.length > 0 && !isBusy && (
          <span className={styles.summary}>
            {pluralize(uploads.entries.length, "file")}, {formatSize(totalBytes)}
          </span>
        )}
      </div>
    </form>
  );
}
