"use client";
import { UploadProgress } from "@/components/forms/upload-progress";
import { Button } from "@/components/ui/button";
import { formatSize } from "@/components/ui/format-size";
import { FileIcon } from "@/components/ui/icons";
import type { TUploadEntry } from "./use-file-uploads";
import styles from "./upload-form.module.css";

function percentOf(entry: TUploadEntry) {
  return Math.floor((entry.sentBytes / entry.file.size) * 100);
}

function EntryStatus({ entry }: { entry: TUploadEntry }) {
  if (entry.status === "uploading") {
    return (
      <UploadProgress
        label={`${entry.file.name} upload progress`}
        fraction={entry.sentBytes / entry.file.size}
        text={`${formatSize(entry.sentBytes)} of ${formatSize(entry.file.size)} · ${percentOf(entry)}%`}
      />
    );
  }
  if (entry.status === "failed") {
    return (
      <span className={styles.entryError}>
        {entry.error}
        {entry.sentBytes > 0 && ` (${formatSize(entry.sentBytes)} kept, ${percentOf(entry)}%)`}
      </span>
    );
  }
  if (entry.status === "uploaded") return <span className={styles.entryDone}>Uploaded</span>;
  return <span className={styles.entryMeta}>{entry.sentBytes > 0 ? `${percentOf(entry)}% sent; carries on when you upload` : "Ready"}</span>;
}

type TUploadFileListProps = { entries: TUploadEntry[]; onRemove: (key: string) => void; isBusy: boolean };

/** The chosen files with their sizes, then each one's progress once the upload starts. */
export function UploadFileList({ entries, onRemove, isBusy }: TUploadFileListProps) {
  if (entries.length === 0) return null;
  return (
    <ul className={styles.entries} aria-label="Chosen files">
      {entries.map((entry) => (
        <li key={entry.key} className={styles.entry} data-status={entry.status}>
          <FileIcon size={18} />
          <span className={styles.entryName} title={entry.file.name}>
            {entry.file.name}
          </span>
          <span className={styles.entrySize}>{formatSize(entry.file.size)}</span>
          <span className={styles.entryStatus}>
            <EntryStatus entry={entry} />
          </span>
          <Button size="sm" onClick={() => onRemove(entry.key)} disabled={isBusy} aria-label={`Remove ${entry.file.name}`}>
            Remove
          </Button>
        </li>
      ))}
    </ul>
  );
}
