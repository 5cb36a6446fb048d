// A route's answer that is a file rather than JSON (see defineRoute's `file`). Its bytes are
// read as they are sent, so a large file or a long CSV is never held whole, and a client that
// goes away stops the reading. It is always an attachment that the browser must not sniff:
// nothing a run logged (an .html, an .svg) is ever shown as a page of the studio's origin.
import { toErrorBody } from "@/lib/errors";
import { attachmentDisposition } from "./content-disposition";

/** What a file route declares: the type of its bytes, and a line for its OpenAPI entry. */
export type TFileKind = { contentType: string; description: string };

/** What a file route's run returns. Nothing is read until the answer is sent: an answer
 * that never is (a refused or dropped request, a test) holds nothing open. */
export type TFileAnswer = { fileName: string; size?: number; chunks: AsyncIterable<Uint8Array> };

function streamOf(chunks: AsyncIterable<Uint8Array>) {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        // The status is sent already: the download breaks off, and toErrorBody logs the cause
        // with a request id.
        toErrorBody(error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export function fileResponse(kind: TFileKind, file: TFileAnswer, status: number) {
  return new Response(streamOf(file.chunks), {
    status,
    headers: {
      "Content-Type": kind.contentType,
      "Content-Disposition": attachmentDisposition({ fileName: file.fileName }),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
      ...(file.size !== undefined && { "Content-Length": String(file.size) }),
    },
  });
}
