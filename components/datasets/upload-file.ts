// One file sent to the studio in 8 MB chunks (POST /uploads, then PUT each chunk at its
// offset). The server says how much it holds after every chunk, so a chunk whose answer
// was lost, or that failed half way, is resumed from there instead of starting over.
import { requestResult } from "@/components/forms/request-result";
import type { TErrorBody } from "@/lib/errors";

export const CHUNK_BYTES = 8 * 2 ** 20;
/** Failed tries of one chunk (network errors, 5xx, 429) before the upload gives up. */
export const MAX_RETRIES = 5;
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/** What a File gives; tests pass a Blob with a name. */
export type TUploadSource = { name: string; size: number; slice: (start: number, end: number) => Blob };
export type TFetch = (url: string, init?: RequestInit) => Promise<Response>;

export type TUploadFileOptions = {
  file: TUploadSource;
  /** An upload opened by an earlier try: carried on from what the server holds. */
  uploadId?: string;
  /** Called once the upload is opened, so that a later try can resume it. */
  onOpened?: (uploadId: string) => void;
  /** The bytes the server holds so far. */
  onProgress?: (receivedBytes: number) => void;
  signal?: AbortSignal;
  chunkBytes?: number;
  maxRetries?: number;
  fetch?: TFetch;
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
};

/** A refusal the user should read (the server's message), or the last error after retries. */
export class UploadError extends Error {
  constructor(readonly error: TErrorBody) {
    super(error.message);
    this.name = "UploadError";
  }
}

type TAnswer = { status: number; body: unknown };

/** 0.5 s, 1 s, 2 s, 4 s, 8 s: long enough for a restarting server or a dropped Wi-Fi. */
export function backoffMs(failure: number) {
  return Math.min(FIRST_BACKOFF_MS * 2 ** (failure - 1), MAX_BACKOFF_MS);
}

/** Worth trying again: no answer, the server's trouble, or too many requests. */
export function isRetryable(status: number) {
  return status === 0 || status === 429 || status >= 500;
}

function sleep(ms: number, signal?: AbortSignal) {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });
}

async function send(fetcher: TFetch, url: string, init: RequestInit): Promise<TAnswer> {
  try {
    const response = await fetcher(url, { ...init, headers: { accept: "application/json", ...init.headers } });
    return { status: response.status, body: await response.json().catch(() => null) };
  } catch (error) {
    if (init.signal?.aborted) throw error;
    return { status: 0, body: null };
  }
}

function received(body: unknown): number | null {
  const value = (body as { receivedBytes?: unknown } | null)?.receivedBytes;
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null;
}

/** A 409's details.receivedBytes: where the server wants the next chunk to start. */
function heldOnConflict(answer: TAnswer): number | null {
  return answer.status === 409 ? received((answer.body as { details?: unknown } | null)?.details) : null;
}

function failure(answer: TAnswer): UploadError {
  const result = requestResult(answer.status, answer.body);
  return new UploadError(result.ok ? { code: "internal", message: "The studio gave an answer it should not have." } : result.error);
}

/** Uploads the file and gives its upload id, for POST /api/v1/datasets. */
export async function uploadFile(options: TUploadFileOptions): Promise<string> {
  const { file, signal, onProgress } = options;
  const fetcher = options.fetch ?? ((url, init) => fetch(url, init));
  const wait = options.wait ?? sleep;
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  const maxRetries = options.maxRetries ?? MAX_RETRIES;
  let failures = 0;

  /** Counts a retryable failure and waits before the next try; throws once they are used up. */
  async function backOff(answer: TAnswer) {
    failures++;
    if (failures > maxRetries) throw failure(answer);
    await wait(backoffMs(failures), signal);
    signal?.throwIfAborted();
  }

  let id = options.uploadId;
  let offset = 0;
  while (id) {
    const known = await send(fetcher, `/api/v1/uploads/${encodeURIComponent(id)}`, { signal });
    const held = received(known.body);
    if (known.status >= 200 && known.status < 300 && held !== null) {
      offset = held;
      break;
    }
    if (isRetryable(known.status)) await backOff(known);
    // An upload that is gone (expired, or used by a version meanwhile) is opened afresh.
    else id = undefined;
  }
  while (!id) {
    const opened = await send(fetcher, "/api/v1/uploads", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ fileName: file.name, sizeBytes: file.size }),
      signal,
    });
    const openedId = (opened.body as { id?: unknown } | null)?.id;
    if (opened.status >= 200 && opened.status < 300 && typeof openedId === "string") {
      id = openedId;
      offset = received(opened.body) ?? 0;
    } else if (isRetryable(opened.status)) await backOff(opened);
    else throw failure(opened);
  }
  options.onOpened?.(id);
  onProgress?.(offset);

  const url = `/api/v1/uploads/${encodeURIComponent(id)}`;
  while (offset < file.size) {
    const end = Math.min(offset + chunkBytes, file.size);
    const answer = await send(fetcher, `${url}?offset=${offset}`, {
      method: "PUT",
      headers: { "content-type": "application/octet-stream" },
      body: file.slice(offset, end),
      signal,
    });
    const moved = received(answer.body);
    const held = heldOnConflict(answer);
    if (answer.status >= 200 && answer.status < 300 && moved !== null) {
      offset = moved;
      failures = 0;
    } else if (held !== null && held !== offset) {
      // The server holds another amount (a chunk whose answer was lost): carry on from there.
      offset = held;
    } else if (isRetryable(answer.status) || held === offset) {
      // A 409 at our own offset is two writers racing: one more try settles it.
      await backOff(answer);
      const known = await send(fetcher, url, { signal });
      // When even this fails, the next PUT is answered 409 with the right offset.
      if (received(known.body) !== null) offset = received(known.body)!;
    } else throw failure(answer);
    onProgress?.(offset);
  }
  return id;
}
