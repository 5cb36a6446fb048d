import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { buildLabeledItem, choice } from "@/lib/labeling/agreement/build-labeled-item";
import { LABELING_TEMPLATES } from "@/lib/labeling/results";
import { EXPORT_FORMATS, type TExportFormat } from "./export-formats";
import { exportLabels } from "./export-labels";
import { ANIMAL_LABELS, batchesOf, readText } from "./export-test-helpers";

describe("EXPORT_FORMATS", () => {
  it("lists each format once with what a download needs", () => {
    expect(EXPORT_FORMATS.map(({ id }) => id)).toEqual(["label_studio", "csv", "coco", "yolo", "voc", "conll"]);
    for (const format of EXPORT_FORMATS) {
      expect(format.name).not.toBe("");
      expect(format.fileExtension).toMatch(/^[a-z]+$/);
      expect(format.contentType).toMatch(/^[a-z]+\/[a-z]+/);
      expect(format.templates.length).toBeGreaterThan(0);
    }
  });
});

describe("exportLabels", () => {
  it("dispatches to the format's exporter", async () => {
    const batches = batchesOf([buildLabeledItem({ id: "1", data: { kind: "text", text: "hi" }, final: choice("cat") })]);
    expect(await readText(exportLabels({ format: "csv", template: "text_classification", labels: ANIMAL_LABELS, batches }))).toBe("id,text,label\r\n1,hi,cat\r\n");
  });

  it("throws bad_input before any output for a format that does not fit the template", () => {
    for (const { id, templates } of EXPORT_FORMATS) {
      for (const template of LABELING_TEMPLATES.filter((candidate) => !templates.includes(candidate))) {
        expect(() => exportLabels({ format: id, template, labels: ANIMAL_LABELS, batches: batchesOf([]) })).toThrow(AppError);
      }
    }
    expect(() => exportLabels({ format: "yolo", template: "ner", labels: ANIMAL_LABELS, batches: batchesOf([]) })).toThrow(
      expect.objectContaining({ code: "bad_input", message: "YOLO export is for object detection projects, not ner." }),
    );
    expect(() => exportLabels({ format: "xml" as TExportFormat, template: "ner", labels: ANIMAL_LABELS, batches: batchesOf([]) })).toThrow('There is no export format "xml".');
  });
});
