import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { buildLabeledItem } from "@/lib/labeling/agreement/build-labeled-item";
import type { TLabel } from "@/lib/labeling/results";
import { exportConll, tagTokens } from "./export-conll";
import { batchesOf, readText } from "./export-test-helpers";

const LABELS: TLabel[] = [
  { name: "PER", color: "#ff0000" },
  { name: "LOC", color: "#00ff00" },
];
const text = (id: string, value: string) => ({ id, data: { kind: "text" as const, text: value } });

describe("tagTokens", () => {
  it("tags a known sentence in BIO", () => {
    const tags = tagTokens("John Smith lives in  New York.", [
      { label: "PER", start: 0, end: 10 },
      { label: "LOC", start: 21, end: 29 },
    ]);
    expect(tags.map(({ token, tag }) => `${token} ${tag}`)).toEqual(["John B-PER", "Smith I-PER", "lives O", "in O", "New B-LOC", "York. I-LOC"]);
  });

  it("starts a new entity for adjacent spans of the same label", () => {
    const tags = tagTokens("Paris London", [
      { label: "LOC", start: 0, end: 5 },
      { label: "LOC", start: 6, end: 12 },
    ]);
    expect(tags.map(({ tag }) => tag)).toEqual(["B-LOC", "B-LOC"]);
  });
});

describe("exportConll", () => {
  it("writes a header, one token per line and a blank line after each text", async () => {
    const items = [
      buildLabeledItem({ ...text("a", "Ann met\nBob"), final: { kind: "spans", spans: [{ label: "PER", start: 0, end: 3 }, { label: "PER", start: 8, end: 11 }, { label: "OLD", start: 4, end: 7 }] } }),
      buildLabeledItem({ ...text("b", "nobody labeled this") }),
      buildLabeledItem({ ...text("c", "in Rome"), annotations: [["ann", { kind: "spans", spans: [{ label: "LOC", start: 3, end: 7 }] }]] }),
    ];
    const conll = await readText(exportConll({ template: "ner", labels: LABELS, batches: batchesOf(items) }));
    expect(conll).toBe("-DOCSTART- -X- -X- O\n\nAnn -X- _ B-PER\nmet -X- _ O\nBob -X- _ B-PER\n\nin -X- _ O\nRome -X- _ B-LOC\n\n");
  });

  it("refuses projects that are not NER", async () => {
    await expect(readText(exportConll({ template: "object_detection", labels: LABELS, batches: batchesOf([]) }))).rejects.toThrow(AppError);
  });
});
