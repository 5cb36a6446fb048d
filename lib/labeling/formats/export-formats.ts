// The export formats a project can be downloaded in, and which templates each one fits.
// Kept apart from the exporters so a page can list formats without loading them.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { LABELING_TEMPLATES, type TLabelingTemplate } from "@/lib/labeling/results";

export const EXPORT_FORMAT_IDS = ["label_studio", "csv", "coco", "yolo", "voc", "conll"] as const;
export const ZExportFormat = z.enum(EXPORT_FORMAT_IDS);
export type TExportFormat = z.infer<typeof ZExportFormat>;

export type TExportFormatInfo = {
  id: TExportFormat;
  name: string;
  fileExtension: string;
  contentType: string;
  templates: readonly TLabelingTemplate[];
};

const DETECTION: readonly TLabelingTemplate[] = ["object_detection"];

export const EXPORT_FORMATS: readonly TExportFormatInfo[] = [
  { id: "label_studio", name: "Label Studio JSON", fileExtension: "json", contentType: "application/json", templates: LABELING_TEMPLATES },
  { id: "csv", name: "CSV", fileExtension: "csv", contentType: "text/csv; charset=utf-8", templates: LABELING_TEMPLATES },
  { id: "coco", name: "COCO", fileExtension: "json", contentType: "application/json", templates: DETECTION },
  { id: "yolo", name: "YOLO", fileExtension: "zip", contentType: "application/zip", templates: DETECTION },
  { id: "voc", name: "Pascal VOC", fileExtension: "zip", contentType: "application/zip", templates: DETECTION },
  { id: "conll", name: "CoNLL 2003", fileExtension: "conll", contentType: "text/plain; charset=utf-8", templates: ["ner"] },
];

export function findExportFormat(format: string): TExportFormatInfo {
  const info = EXPORT_FORMATS.find(({ id }) => id === format);
  if (!info) throw new AppError("bad_input", `There is no export format "${format}".`);
  return info;
}

/** Throws a user-facing error when the format cannot hold this template's labels. */
export function assertFormatFits(format: TExportFormat, template: TLabelingTemplate) {
  const info = findExportFormat(format);
  if (!info.templates.includes(template)) {
    throw new AppError("bad_input", `${info.name} export is for ${info.templates.join(", ").replaceAll("_", " ")} projects, not ${template.replaceAll("_", " ")}.`);
  }
}
