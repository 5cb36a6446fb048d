import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parquetWriteBuffer } from "hyparquet-writer";
import { describe, expect, it } from "vitest";
import { ingestDataset } from "./ingest-dataset";
import { makeScratchFolder, readJsonLines, refusal, writeUpload } from "./ingest-test-helpers";
import { readRows } from "./read-rows";

describe("ingestDataset with Parquet", () => {
  it("reads every row group into rows.jsonl with its columns' stats", async () => {
    const dir = await makeScratchFolder();
    const parquet = parquetWriteBuffer({
      columnData: [
        { name: "id", data: BigInt64Array.from([1n, 2n, 3n, 4n, 5n]), type: "INT64" },
        { name: "weight", data: [0.5, null, 2.5, 1, 4], type: "DOUBLE" },
        { name: "label", data: ["cat", "dog", "cat", null, "cat"], type: "STRING" },
        { name: "seen", data: [true, false, true, true, false], type: "BOOLEAN" },
      ],
      rowGroupSize: 2, // three row groups: 2 + 2 + 1
    });
    const filePath = path.join(dir, "upload.bin");
    await writeFile(filePath, Buffer.from(parquet));
    const outDir = path.join(dir, "version");
    const result = await ingestDataset({ files: [{ name: "pets.parquet", path: filePath }], outDir });

    expect(result).toMatchObject({ format: "table", rowCount: 5, files: [{ path: "pets.parquet", contentType: "application/vnd.apache.parquet", sizeBytes: parquet.byteLength }] });
    expect(await readJsonLines(path.join(outDir, "rows.jsonl"))).toEqual([
      { id: 1, weight: 0.5, label: "cat", seen: true },
      { id: 2, weight: null, label: "dog", seen: false },
      { id: 3, weight: 2.5, label: "cat", seen: true },
      { id: 4, weight: 1, label: null, seen: true },
      { id: 5, weight: 4, label: "cat", seen: false },
    ]);
    const [id, weight, label, seen] = result.columns;
    expect(id).toMatchObject({ type: "integer", nulls: 0, distinct: 5, min: 1, max: 5, mean: 3 });
    expect(weight).toMatchObject({ type: "number", nulls: 1, distinct: 4, min: 0.5, max: 4, mean: 2 });
    // Bins of (4 - 0.5) / 20 = 0.175: 0.5 → 0, 1 → 2, 2.5 → 11, 4 → 19 (the last bin is closed).
    expect(weight.histogram!.counts).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(label).toEqual({ name: "label", type: "string", nulls: 1, distinct: 2 });
    expect(seen).toEqual({ name: "seen", type: "boolean", nulls: 0, distinct: 2 });
    expect(await readRows({ dir: outDir, offset: 3, limit: 5 })).toEqual([
      { id: 4, weight: 1, label: null, seen: true },
      { id: 5, weight: 4, label: "cat", seen: false },
    ]);
  });

  it("refuses a file that starts like Parquet but is not one", async () => {
    const dir = await makeScratchFolder();
    const files = [await writeUpload(dir, "broken.parquet", "PAR1 and then nothing useful")];
    const { code, message } = await refusal(ingestDataset({ files, outDir: path.join(dir, "version") }));
    expect(code).toBe("bad_input");
    expect(message).toMatch(/^broken\.parquet could not be read as Parquet: /);
  });
});
