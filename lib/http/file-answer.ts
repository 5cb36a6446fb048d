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
export type TFileAnswer = {
  fileName: string;
  size?: number;
  chunks: AsyncIterable<Uint8Array>;
  /** This file's own type where the route serves several (a dataset's PNG or JPEG images),
   * checked by content when it was stored; the route's type otherwise. */
  contentType?: string;
  /** Bytes that never change (a dataset version's files): the browser may keep them, so an
   * annotator's prefetched next image is not fetched again. */
  isImmutable?: boolean;
};

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
      "Content-Type": file.contentType ?? kind.contentType,
      "Content-Disposition": attachmentDisposition({ fileName: file.fileName }),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": file.isImmutable ? "private, max-age=31536000, immutable" : "no-store",
      ...(file.size !== undefined && { "Content-Length": String(file.size) }),
    },
  });
}
