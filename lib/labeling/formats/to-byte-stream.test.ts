import { describe, expect, it } from "vitest";
import type { TExportChunk } from "./export-options";
import { toByteStream } from "./to-byte-stream";

async function* chunks(): AsyncGenerator<TExportChunk> {
  yield "é,";
  yield new Uint8Array([0x61, 0x62]);
  yield "";
}

describe("toByteStream", () => {
  it("turns string and byte chunks into one byte stream", async () => {
    expect(await new Response(toByteStream(chunks())).text()).toBe("é,ab");
  });

  it("stops the export when the reader cancels", async () => {
    let isFinished = false;
    async function* endless(): AsyncGenerator<TExportChunk> {
      try {
        for (;;) yield "x";
      } finally {
        isFinished = true;
      }
    }
    const reader = toByteStream(endless()).getReader();
    await reader.read();
    await reader.cancel();
    expect(isFinished).toBe(true);
  });
});
