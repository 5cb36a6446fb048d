// CSV, one row per item: id, the image path or the text, and the final label. A single
// label is written as its name; anything with structure (several labels, boxes in pixels,
// spans) as JSON in that one column, which spreadsheet users can still read and scripts can
// parse. Items without a final label keep an empty label column, so the file lists the
// whole project. Quoting follows RFC 4180 (papaparse). Texts come from uploaded data: one that
// a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading ', as OWASP
// advises; a plain number such as -0.5 is left as it is.
import Papa from "papaparse";
import { TEMPLATE_MEDIA, type TLabeledItem, type TLabelingTemplate } from "@/lib/labeling/results";
import { toPixelBox } from "./detection-images";
import { finalResultOf, type TExportChunk, type TExportOptions } from "./export-options";

const LABEL_COLUMN: Record<TLabelingTemplate, string> = {
  image_classification: "label",
  text_classification: "label",
  image_multilabel: "labels",
  object_detection: "boxes",
  ner: "spans",
};

export async function* exportCsv(options: TExportOptions): AsyncGenerator<TExportChunk> {
  const { template } = options;
  yield toCsvLines([["id", TEMPLATE_MEDIA[template] === "image" ? "path" : "text", LABEL_COLUMN[template]]]);
  for await (const batch of options.batches) {
    if (batch.length > 0) yield toCsvLines(batch.map((item) => [item.id, item.data.kind === "image" ? item.data.path : item.data.text, formatLabel(item, template)]));
  }
}

const FORMULA_START = /^(?![-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$)[=+\-@\t\r]/;

function toCsvLines(rows: string[][]) {
  return `${Papa.unparse(rows, { newline: "\r\n", escapeFormulae: FORMULA_START })}\r\n`;
}

function formatLabel(item: TLabeledItem, template: TLabelingTemplate): string {
  const result = finalResultOf(item, template);
  if (!result) return "";
  switch (result.kind) {
    case "choices":
      return template === "image_multilabel" ? JSON.stringify(result.choices) : (result.choices[0] ?? "");
    case "boxes": {
      const image = item.data;
      if (image.kind !== "image") return JSON.stringify(result.boxes);
      return JSON.stringify(result.boxes.map((box) => ({ label: box.label, ...toPixelBox(box, image) })));
    }
    case "spans": {
      const text = item.data.kind === "text" ? item.data.text : "";
      return JSON.stringify(result.spans.map(({ label, start, end }) => ({ label, start, end, text: text.slice(start, end) })));
    }
  }
}
