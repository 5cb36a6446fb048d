import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDataset } from "./ingest-dataset";
import { makeScratchFolder, readJsonLines, refusal, writeUpload } from "./ingest-test-helpers";

async function ingestCsvText(name: string, text: string | Buffer) {
  const dir = await makeScratchFolder();
  const outDir = path.join(dir, "version");
  const result = await ingestDataset({ files: [await writeUpload(dir, name, text)], outDir });
  return { result, outDir, rows: await readJsonLines(path.join(outDir, "rows.jsonl")) };
}

async function csvRefusal(name: string, text: string | Buffer) {
  const dir = await makeScratchFolder();
  return refusal(ingestDataset({ files: [await writeUpload(dir, name, text)], outDir: path.join(dir, "version") }));
}

describe("ingestDataset with a CSV", () => {
  it("keeps commas, quotes and line breaks inside quoted fields", async () => {
    const { result, rows } = await ingestCsvText("notes.csv", 'id,note\n1,"Hello, world"\n2,"two\nlines"\n3,"say ""hi"""\n');
    expect(rows).toEqual([
      { id: 1, note: "Hello, world" },
      { id: 2, note: "two\nlines" },
      { id: 3, note: 'say "hi"' },
    ]);
    expect(result).toMatchObject({ format: "table", rowCount: 3, files: [{ path: "notes.csv", contentType: "text/csv" }] });
  });

  it("gives every column exact stats, empty cells counted as null", async () => {
    const csv = ["price,qty,ok,day,name", "1.5,2,true,2024-01-02,ann", "2.5,,false,2024-01-01,bob", ",4,true,2024-01-03,ann", "4,6,true,,cy", ""].join("\n");
    const { result } = await ingestCsvText("sales.csv", csv);
    const [price, qty, ok, day, name] = result.columns;
    expect(price).toMatchObject({ name: "price", type: "number", nulls: 1, distinct: 3, min: 1.5, max: 4, mean: 8 / 3 });
    expect(price.histogram!.edges[0]).toBe(1.5);
    expect(price.histogram!.edges[20]).toBe(4);
    expect(price.histogram!.counts.reduce((a, b) => a + b)).toBe(3);
    expect(price.histogram!.counts[0]).toBe(1);
    expect(price.histogram!.counts[8]).toBe(1); // 2.5 is at 1.5 + 8 × 0.125
    expect(price.histogram!.counts[19]).toBe(1);
    expect(qty).toMatchObject({ name: "qty", type: "integer", nulls: 1, distinct: 3, min: 2, max: 6, mean: 4 });
    expect(ok).toEqual({ name: "ok", type: "boolean", nulls: 0, distinct: 2 });
    expect(day).toEqual({ name: "day", type: "datetime", nulls: 1, distinct: 3, min: "2024-01-01", max: "2024-01-03" });
    expect(name).toEqual({ name: "name", type: "string", nulls: 0, distinct: 3 });
  });

  it("stores each column as its type once the whole file is read", async () => {
    // code: numbers then a code, so a string column; amount: "1.50" is a number spelt unusually.
    const { rows, result } = await ingestCsvText("mixed.csv", "code,amount,flag\n12,1.50,TRUE\nA7,2,false\n");
    expect(result.columns.map((column) => column.type)).toEqual(["string", "number", "boolean"]);
    expect(rows).toEqual([
      { code: "12", amount: 1.5, flag: true },
      { code: "A7", amount: 2, flag: false },
    ]);
    expect(result.columns[0].distinct).toBe(2);
  });

  it("names the line of a ragged row, counting line breaks inside quotes", async () => {
    const csv = ['a,b,c', '1,2,3', '4,"five', 'and a half",6', '7,8,9', '', '10,11,12,13,14', '15,16,17'].join("\n");
    expect(await csvRefusal("sales.csv", csv)).toEqual({ code: "bad_input", message: "Line 7 of sales.csv: expected 3 fields, found 5." });
  });

  it("names the line where a quote is left open", async () => {
    expect(await csvRefusal("q.csv", 'a,b\n1,2\n3,"four\n5,6\n')).toEqual({ code: "bad_input", message: "Line 3 of q.csv: a quoted field is never closed." });
  });

  it("reads semicolons, tabs, CRLF line endings and a byte-order mark", async () => {
    const semicolons = await ingestCsvText("eu.csv", "\uFEFFname;price\r\nanna;3\r\nbo;4\r\n");
    expect(semicolons.rows).toEqual([
      { name: "anna", price: 3 },
      { name: "bo", price: 4 },
    ]);
    const tabs = await ingestCsvText("t.tsv", "a\tb,c\n1\t2,3\n");
    expect(tabs.rows).toEqual([{ a: 1, "b,c": "2,3" }]);
    expect(tabs.result.files[0].contentType).toBe("text/tab-separated-values");
  });

  it("refuses a header naming a column twice, and a file with no rows", async () => {
    expect((await csvRefusal("d.csv", "a,b,a\n1,2,3\n")).message).toBe('Line 1 of d.csv: the header names "a" twice.');
    expect((await csvRefusal("h.csv", "a,b\n")).message).toBe("h.csv has a header line but no rows.");
  });

  it("refuses text that is not UTF-8 past the first bytes, saying where", async () => {
    const latin1 = Buffer.concat([Buffer.from(`a\n${"x\n".repeat(5000)}`), Buffer.from([0xe9, 0x0a])]);
    expect((await csvRefusal("latin.csv", latin1)).message).toMatch(/^latin\.csv is not UTF-8 text/);
  });

  it("keeps the uploaded file as it was under files/", async () => {
    const { outDir } = await ingestCsvText("keep.csv", "a\n1\n");
    const { readFile } = await import("node:fs/promises");
    expect(await readFile(path.join(outDir, "files", "keep.csv"), "utf8")).toBe("a\n1\n");
  });
});
