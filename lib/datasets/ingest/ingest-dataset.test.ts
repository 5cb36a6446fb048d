import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDataset } from "./ingest-dataset";
import { encodePng, listFolder, makeScratchFolder, readJsonLines, refusal, writeUpload } from "./ingest-test-helpers";
import { readRows } from "./read-rows";

describe("ingestDataset", () => {
  it("refuses an upload that mixes kinds of data, naming a file of each", async () => {
    const dir = await makeScratchFolder();
    const files = [await writeUpload(dir, "sales.csv", "a\n1\n"), await writeUpload(dir, "cat.png", encodePng(1, 1))];
    expect(await refusal(ingestDataset({ files, outDir: path.join(dir, "version") }))).toEqual({
      code: "bad_input",
      message: "This upload mixes a table (sales.csv) and images (cat.png); upload one kind of data at a time.",
    });
  });

  it("refuses two tables at once, and no files at all", async () => {
    const dir = await makeScratchFolder();
    const files = [await writeUpload(dir, "a.csv", "a\n1\n"), await writeUpload(dir, "b.jsonl", '{"a":1}\n')];
    expect((await refusal(ingestDataset({ files, outDir: path.join(dir, "v") }))).message).toBe("A table is uploaded as one file; this upload has 2 (a.csv, b.jsonl).");
    expect((await refusal(ingestDataset({ files: [], outDir: path.join(dir, "v") }))).code).toBe("bad_input");
  });

  it("stores text files as rows of path and text, and keeps the files", async () => {
    const dir = await makeScratchFolder();
    const files = [await writeUpload(dir, "a.txt", "first\ndocument"), await writeUpload(dir, "notes/b.md", "# second"), await writeUpload(dir, "c.txt", "first\ndocument")];
    const outDir = path.join(dir, "version");
    const result = await ingestDataset({ files, outDir });
    expect(result).toEqual({
      format: "text",
      rowCount: 3,
      columns: [
        { name: "path", type: "string", nulls: 0, distinct: 3 },
        { name: "text", type: "string", nulls: 0, distinct: 2 },
      ],
      files: [
        { path: "a.txt", contentType: "text/plain", sizeBytes: 14 },
        { path: "notes/b.md", contentType: "text/markdown", sizeBytes: 8 },
        { path: "c.txt", contentType: "text/plain", sizeBytes: 14 },
      ],
    });
    expect(await readRows({ dir: outDir, offset: 1, limit: 1 })).toEqual([{ path: "notes/b.md", text: "# second" }]);
    expect(await readFile(path.join(outDir, "files", "notes", "b.md"), "utf8")).toBe("# second");
  });

  it("writes rows.jsonl, rows.idx and files/ and nothing else", async () => {
    const dir = await makeScratchFolder();
    const outDir = path.join(dir, "deep", "version");
    await ingestDataset({ files: [await writeUpload(dir, "rows.jsonl", '{"a":1}\n{"a":2}\n')], outDir });
    expect(await listFolder(outDir)).toEqual(["files", "rows.idx", "rows.jsonl"]);
    // The upload named rows.jsonl does not overwrite the stored rows: it lives under files/.
    expect(await readJsonLines(path.join(outDir, "rows.jsonl"))).toEqual([{ a: 1 }, { a: 2 }]);
    expect(await readFile(path.join(outDir, "rows.idx"))).toEqual(Buffer.alloc(8)); // row 0 at byte 0
  });

  it("leaves nothing behind when a file fails halfway through, its line counted across chunks", async () => {
    const dir = await makeScratchFolder();
    // ~3 MiB of two-line rows: read in several chunks, rows cut across their edges.
    const csv = ["a,b", ...Array.from({ length: 200_000 }, (_, i) => `${i},"x\ny"`), "1,2,3"].join("\n");
    const files = [await writeUpload(dir, "late.csv", csv)];
    const before = await listFolder(dir);
    expect((await refusal(ingestDataset({ files, outDir: path.join(dir, "version") }))).message).toBe("Line 400002 of late.csv: expected 2 fields, found 3.");
    expect(await listFolder(dir)).toEqual(before);
  });

  it("will not write into a folder that already exists", async () => {
    const dir = await makeScratchFolder();
    const outDir = path.join(dir, "version");
    await mkdir(outDir);
    await expect(ingestDataset({ files: [await writeUpload(dir, "a.csv", "a\n1\n")], outDir })).rejects.toThrow(/already exists/);
    expect(await listFolder(outDir)).toEqual([]);
  });
});
