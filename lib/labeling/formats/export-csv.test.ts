import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildLabeledItem, choice } from "@/lib/labeling/agreement/build-labeled-item";
import { exportCsv } from "./export-csv";
import { ANIMAL_LABELS, batchesOf, readText } from "./export-test-helpers";

const text = (value: string) => ({ kind: "text" as const, text: value });

async function exportRows(template: Parameters<typeof exportCsv>[0]["template"], items: ReturnType<typeof buildLabeledItem>[]) {
  const csv = await readText(exportCsv({ template, labels: ANIMAL_LABELS, batches: batchesOf(items) }));
  return { csv, rows: Papa.parse<string[]>(csv.trimEnd(), { newline: "\r\n" }).data };
}

describe("exportCsv", () => {
  it("quotes commas, quotes and newlines so every row survives", async () => {
    const tricky = 'a, "quoted"\nsecond line';
    const { csv, rows } = await exportRows("text_classification", [
      buildLabeledItem({ id: "1", data: text(tricky), final: choice("cat") }),
      buildLabeledItem({ id: "2", data: text("plain"), annotations: [["ann", choice("dog")], ["bob", choice("cat")]] }),
    ]);
    expect(csv).toContain('"a, ""quoted""\nsecond line"');
    expect(rows).toEqual([
      ["id", "text", "label"],
      ["1", tricky, "cat"],
      ["2", "plain", ""],
    ]);
  });

  it("defuses texts a spreadsheet would run as formulas, and leaves numbers alone", async () => {
    const texts = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "@SUM(A1)", "-2+3", "\tlead", "-0.5", "+3", "1e-3", "a=b"];
    const { rows } = await exportRows("text_classification", texts.map((value, i) => buildLabeledItem({ id: String(i), data: text(value), final: choice("cat") })));
    expect(rows.slice(1).map((row) => row[1])).toEqual(["'=HYPERLINK(\"http://evil\",\"x\")", "'+1+1", "'@SUM(A1)", "'-2+3", "'\tlead", "-0.5", "+3", "1e-3", "a=b"]);
  });

  it("writes several labels, boxes in pixels and spans as JSON", async () => {
    const image = { kind: "image" as const, path: "a,b.jpg", width: 200, height: 100 };
    const multi = await exportRows("image_multilabel", [buildLabeledItem({ id: "1", data: image, final: choice("cat", "dog") })]);
    expect(multi.rows[1]).toEqual(["1", "a,b.jpg", '["cat","dog"]']);
    const detection = await exportRows("object_detection", [buildLabeledItem({ id: "1", data: image, final: { kind: "boxes", boxes: [{ label: "cat", x: 0.5, y: 0.25, width: 0.25, height: 0.5 }] } })]);
    expect(JSON.parse(detection.rows[1][2])).toEqual([{ label: "cat", x: 100, y: 25, width: 50, height: 50 }]);
    const ner = await exportRows("ner", [buildLabeledItem({ id: "1", data: text("Hi Ann"), final: { kind: "spans", spans: [{ label: "cat", start: 3, end: 6 }] } })]);
    expect(ner.rows[0]).toEqual(["id", "text", "spans"]);
    expect(JSON.parse(ner.rows[1][2])).toEqual([{ label: "cat", start: 3, end: 6, text: "Ann" }]);
  });
});
