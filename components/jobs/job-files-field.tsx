"use client";
import type { ChangeEvent } from "react";
import { MAX_JOB_FILES_BYTES } from "@/lib/protocol";
import { FilePicker } from "@/components/forms/file-picker";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formatSize } from "@/components/ui/format-size";
import { FolderIcon } from "@/components/ui/icons";
import { Table } from "@/components/ui/table";
import type { TChosenFile } from "./job-upload";
import jobStyles from "./jobs.module.css";
import styles from "./new-job.module.css";

// Not in React's types: a file input that picks a folder (every browser the studio supports).
const FOLDER_INPUT = { webkitdirectory: "", directory: "" } as Record<string, string>;

type TJobFilesFieldProps = {
  files: TChosenFile[];
  leftOut: number;
  onPick: (picked: File[]) => void;
  onRemove: (path: string) => void;
  onClear: () => void;
  /** The server's messages about the files, by their keys (source.files.0.path). */
  fieldErrors: Record<string, string[]>;
  disabled: boolean;
};

/** The files a job is sent with: picked one by one or as a folder, listed with their sizes. */
export function JobFilesField({ files, leftOut, onPick, onRemove, onClear, fieldErrors, disabled }: TJobFilesFieldProps) {
  const total = files.reduce((sum, entry) => sum + entry.file.size, 0);
  const isOver = total > MAX_JOB_FILES_BYTES;
  const listError = fieldErrors["source.files"]?.[0] ?? fieldErrors.source?.[0];

  function pick(event: ChangeEvent<HTMLInputElement>) {
    onPick([...(event.target.files ?? [])]);
    // The same file chosen again (edited meanwhile) must change the input again.
    event.target.value = "";
  }

  const fileError = (index: number) => [...(fieldErrors[`source.files.${index}.path`] ?? []), ...(fieldErrors[`source.files.${index}.data`] ?? [])][0];
  return (
    <div className={styles.group}>
      <div className={styles.pickers}>
        <Field label="Upload files">
          {(control) => <FilePicker {...control} multiple onChange={pick} disabled={disabled} hasFile={false} title="Choose files" meta="A script, its modules and configs" actionLabel="Browse" />}
        </Field>
        <Field label="Upload a folder">
          {(control) => (
            <FilePicker
              {...control}
              {...FOLDER_INPUT}
              onChange={pick}
              disabled={disabled}
              hasFile={false}
              icon={<FolderIcon size={20} />}
              title="Choose a folder"
              meta="Its files keep their paths inside it"
              actionLabel="Browse"
            />
          )}
        </Field>
      </div>
      {files.length > 0 && (
        <div className={styles.fileList}>
          <Table label="Chosen files">
            <tbody>
              {files.map((entry, index) => (
                <tr key={entry.path}>
                  <td>
                    <span className={jobStyles.code}>{entry.path}</span>
                    {fileError(index) && <span className={styles.fileError}>{fileError(index)}</span>}
                  </td>
                  <td data-align="end">{formatSize(entry.file.size)}</td>
                  <td data-align="end">
                    <Button size="sm" variant="danger" onClick={() => onRemove(entry.path)} disabled={disabled} aria-label={`Remove ${entry.path}`}>
                      Remove
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
      {files.length > 0 && (
        <div className={styles.summary}>
          <span className={isOver ? styles.over : undefined} role={isOver ? "alert" : undefined}>
            {files.length} {files.length === 1 ? "file" : "files"}, {formatSize(total)}
            {isOver ? `: more than the ${MAX_JOB_FILES_BYTES / 2 ** 20} MB a job may take. Leave out data the job can download or read from a dataset.` : ` of at most ${MAX_JOB_FILES_BYTES / 2 ** 20} MB.`}
          </span>
          <Button size="sm" onClick={onClear} disabled={disabled}>
            Remove all
          </Button>
        </div>
      )}
      {leftOut > 0 && (
        <p className={styles.note}>
          {leftOut} {leftOut === 1 ? "file was" : "files were"} left out: version control, caches and virtual environments are not sent.
        </p>
      )}
      {listError && <p className={styles.groupError}>{listError}</p>}
    </div>
  );
}
