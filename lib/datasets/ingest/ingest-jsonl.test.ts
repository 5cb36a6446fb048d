import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDataset } from "./ingest-dataset";
import { makeScratchFolder, readJsonLines, refusal, writeUpload } from "./ingest-test-helpers";

async function ingestLines(name: string, lines: string[]) {
  const dir = await makeScratchFolder();
  const outDir = path.join(dir, "version");
  const files = [await writeUpload(dir, name, lines.join("\n"))];
  return { dir, outDir, run: () => ingestDataset({ files, outDir }) };
}

describe("ingestDataset with JSON Lines", () => {
  it("stores each object and gathers stats, a late key's earlier rows counted as null", async () => {
    const lines = ['{"id":1,"tags":["a"]}', "", '{"id":2,"score":0.5}', '{"id":3,"score":1.5,"tags":["a"]}'];
    const { outDir, run } = await ingestLines("rows.jsonl", lines);
    const result = await run();
    expect(result.rowCount).toBe(3);
    expect(result.columns).toEqual([
      { name: "id", type: "integer", nulls: 0, distinct: 3, min: 1, max: 3, mean: 2, histogram: expect.any(Object) },
      { name: "tags", type: "string", nulls: 1, distinct: 1 },
      { name: "score", type: "number", nulls: 1, distinct: 2, min: 0.5, max: 1.5, mean: 1, histogram: expect.any(Object) },
    ]);
    expect(await readJsonLines(path.join(outDir, "rows.jsonl"))).toEqual([{ id: 1, tags: ["a"] }, { id: 2, score: 0.5 }, { id: 3, score: 1.5, tags: ["a"] }]);
    expect(result.files).toEqual([{ path: "rows.jsonl", contentType: "application/x-ndjson", sizeBytes: lines.join("\n").length }]);
  });

  it("names the line that is not JSON, counting blank lines", async () => {
    const lines = Array.from({ length: 11 }, (_, i) => (i === 4 ? "" : `{"n":${i}}`));
    const { run } = await ingestLines("rows.jsonl", [...lines, '{"n": 12,', '{"n":13}']);
    const { code, message } = await refusal(run());
    expect(code).toBe("bad_input");
    expect(message).toMatch(/^Line 12 of rows\.jsonl is not JSON: .+\.$/);
  });

  it("refuses a line that is JSON but not an object", async () => {
    const { run } = await ingestLines("rows.ndjson", ['{"a":1}', "[1,2]"]);
    expect((await refusal(run())).message).toBe("Line 2 of rows.ndjson is an array, not a JSON object.");
  });

  it("takes a column named __proto__ as an ordinary column", async () => {
    const { outDir, run } = await ingestLines("odd.jsonl", ['{"__proto__":1,"b":2}']);
    expect((await run()).columns.map((column) => column.name)).toEqual(["__proto__", "b"]);
    expect(await readJsonLines(path.join(outDir, "rows.jsonl"))).toEqual([JSON.parse('{"__proto__":1,"b":2}')]);
  });
});
