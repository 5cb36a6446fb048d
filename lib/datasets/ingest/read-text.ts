// Text read from disk in chunks, strictly as UTF-8: a file in another encoding is refused
// with the place it goes wrong rather than stored with its characters replaced.
import { createReadStream } from "node:fs";
import { AppError } from "@/lib/errors";

const CHUNK_BYTES = 1 << 20;

export async function* readTextChunks(options: { path: string; fileName: string; start?: number }): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  let bytesRead = options.start ?? 0;
  for await (const chunk of createReadStream(options.path, { start: options.start, highWaterMark: CHUNK_BYTES })) {
    try {
      yield decoder.decode(chunk as Buffer, { stream: true });
    } catch {
      throw new AppError("bad_input", `${options.fileName} is not UTF-8 text (the bytes after byte ${bytesRead} are not). Save it as UTF-8.`);
    }
    bytesRead += (chunk as Buffer).length;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new AppError("bad_input", `${options.fileName} is not UTF-8 text: it ends in the middle of a character.`);
  }
}

/** Lines in batches (one per chunk read), without their line endings. */
export async function* readLineBatches(options: { path: string; fileName: string; start?: number }): AsyncGenerator<string[]> {
  let partial = "";
  for await (const text of readTextChunks(options)) {
    // Only the new text is split: a very long line grows by joining, not by re-splitting.
    const lines = text.split("\n");
    lines[0] = partial + lines[0];
    partial = lines.pop()!;
    yield lines.map(stripCarriageReturn);
  }
  if (partial) yield [stripCarriageReturn(partial)];
}

function stripCarriageReturn(line: string) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
