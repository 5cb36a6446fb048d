// An export's chunks as a web stream of bytes, for a route handler's Response. Pulling one
// chunk at a time lets a slow client slow the database reads instead of filling memory.
import type { TExportChunk } from "./export-options";

export function toByteStream(chunks: AsyncIterable<TExportChunk>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
