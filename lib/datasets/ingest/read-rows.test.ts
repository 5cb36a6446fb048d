import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDataset } from "./ingest-dataset";
import { encodePng, makeScratchFolder, refusal, writeUpload } from "./ingest-test-helpers";
import { readRows } from "./read-rows";

async function storeTable(rowCount: number) {
  const dir = await makeScratchFolder();
  // Rows of different widths, so the byte offsets in rows.idx are not a simple multiple.
  const lines = ["n,label", ...Array.from({ length: rowCount }, (_, n) => `${n},${"x".repeat(n % 7)}`)];
  const outDir = path.join(dir, "version");
  await ingestDataset({ files: [await writeUpload(dir, "big.csv", lines.join("\n"))], outDir });
  return outDir;
}

describe("readRows", () => {
  it("reads a page that crosses from one index block into the next", async () => {
    const outDir = await storeTable(2500);
    const rows = await readRows({ dir: outDir, offset: 995, limit: 11 });
    expect(rows.map((row) => row.n)).toEqual([995, 996, 997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005]);
    expect(rows[5]).toEqual({ n: 1000, label: "x".repeat(1000 % 7) });
  });

  it("reads the start, a whole block, and the short last page", async () => {
    const outDir = await storeTable(2500);
    expect((await readRows({ dir: outDir, offset: 0, limit: 2 })).map((row) => row.n)).toEqual([0, 1]);
    const block = await readRows({ dir: outDir, offset: 1000, limit: 1000 });
    expect([block.length, block[0].n, block[999].n]).toEqual([1000, 1000, 1999]);
    expect((await readRows({ dir: outDir, offset: 2498, limit: 10 })).map((row) => row.n)).toEqual([2498, 2499]);
    expect(await readRows({ dir: outDir, offset: 2500, limit: 10 })).toEqual([]);
    expect(await readRows({ dir: outDir, offset: 9000, limit: 10 })).toEqual([]);
  });

  it("refuses a limit over 1,000 or a negative offset", async () => {
    const outDir = await storeTable(3);
    expect((await refusal(readRows({ dir: outDir, offset: 0, limit: 1001 }))).code).toBe("bad_input");
    expect((await refusal(readRows({ dir: outDir, offset: -1, limit: 1 }))).code).toBe("bad_input");
  });

  it("says a version of images has no rows", async () => {
    const dir = await makeScratchFolder();
    const outDir = path.join(dir, "version");
    await ingestDataset({ files: [await writeUpload(dir, "a.png", encodePng(2, 2))], outDir });
    expect((await refusal(readRows({ dir: outDir, offset: 0, limit: 1 }))).code).toBe("not_found");
  });
});
