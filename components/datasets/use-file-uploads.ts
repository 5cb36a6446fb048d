// The files chosen for a new version and their uploads: a few at once, each resumable. An
// upload that finished (or got part way) is kept, so trying again after the version was
// refused (a broken CSV line) sends only what the studio does not have yet.
import { useEffect, useRef, useState } from "react";
import { refusalOf } from "./accepted-files";
import { uploadFile, UploadError } from "./upload-file";

/** Files sent at the same time: enough to fill the line with small images, few enough for a laptop. */
const PARALLEL_UPLOADS = 3;

export type TUploadEntry = {
  key: string;
  file: File;
  status: "ready" | "uploading" | "uploaded" | "failed";
  sentBytes: number;
  uploadId?: string;
  error?: string;
};

export type TUploadOutcome = { ok: true; uploadIds: string[] } | { ok: false; message: string };

async function runPool<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

export function useFileUploads() {
  const [entries, setEntries] = useState<TUploadEntry[]>([]);
  const controller = useRef<AbortController | null>(null);
  // Leaving the page stops the uploads; the studio discards unfinished ones.
  useEffect(() => () => controller.current?.abort(), []);

  function patch(key: string, change: Partial<TUploadEntry>) {
    setEntries((current) => current.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)));
  }

  /** Adds the files the studio takes (one of the same name is replaced); gives why the others were refused. */
  function add(files: File[]): string[] {
    const refusals = files.map(refusalOf).filter((refusal): refusal is string => refusal !== null);
    const taken = files.filter((file) => refusalOf(file) === null);
    const fresh = taken.map((file): TUploadEntry => ({ key: `${file.name}:${file.size}:${file.lastModified}`, file, status: "ready", sentBytes: 0 }));
    setEntries((current) => [...current.filter((entry) => !taken.some((file) => file.name === entry.file.name)), ...fresh]);
    return refusals;
  }

  function remove(key: string) {
    setEntries((current) => current.filter((entry) => entry.key !== key));
  }

  /** Uploads what is not uploaded yet; the upload ids in the list's order once all are in. */
  async function uploadAll(): Promise<TUploadOutcome> {
    controller.current?.abort();
    const abort = (controller.current = new AbortController());
    const done = new Map(entries.filter((entry) => entry.status === "uploaded" && entry.uploadId).map((entry) => [entry.key, entry.uploadId!]));
    const failed: string[] = [];
    await runPool(
      entries.filter((entry) => !done.has(entry.key)),
      PARALLEL_UPLOADS,
      async (entry) => {
        if (abort.signal.aborted) return;
        let uploadId = entry.uploadId;
        patch(entry.key, { status: "uploading", error: undefined });
        try {
          const id = await uploadFile({
            file: entry.file,
            uploadId,
            signal: abort.signal,
            onOpened: (opened) => patch(entry.key, { uploadId: (uploadId = opened) }),
            onProgress: (sentBytes) => patch(entry.key, { sentBytes }),
          });
          done.set(entry.key, id);
          patch(entry.key, { status: "uploaded", uploadId: id, sentBytes: entry.file.size });
        } catch (error) {
          if (abort.signal.aborted) return;
          const message = error instanceof UploadError ? error.message : "The upload stopped unexpectedly.";
          failed.push(entry.file.name);
          patch(entry.key, { status: "failed", uploadId, error: message });
        }
      },
    );
    if (abort.signal.aborted) return { ok: false, message: "The upload was stopped." };
    if (failed.length) {
      const names = failed.length === 1 ? failed[0] : `${failed.length} files`;
      return { ok: false, message: `${names} did not upload; the error is beside ${failed.length === 1 ? "it" : "each"}. Try again to carry on where ${failed.length === 1 ? "it" : "they"} stopped.` };
    }
    return { ok: true, uploadIds: entries.map((entry) => done.get(entry.key)!) };
  }

  /** Stops uploads in flight (the Stop button); what arrived is kept for the next try. */
  function stop() {
    controller.current?.abort();
    setEntries((current) => current.map((entry) => (entry.status === "uploading" ? { ...entry, status: "ready" } : entry)));
  }

  return { entries, add, remove, uploadAll, stop };
}
