// One entry point for every export format: checks the format fits the project's template
// before the first byte, so a route can answer 422 instead of a broken download.
import { AppError } from "@/lib/errors";
import { exportCoco } from "./export-coco";
import { exportConll } from "./export-conll";
import { exportCsv } from "./export-csv";
import { assertFormatFits, type TExportFormat } from "./export-formats";
import { exportLabelStudio } from "./export-label-studio";
import type { TExportChunk, TExporter, TExportOptions } from "./export-options";
import { exportVoc } from "./export-voc";
import { exportYolo } from "./export-yolo";

const EXPORTERS: Record<TExportFormat, TExporter> = {
  label_studio: exportLabelStudio,
  csv: exportCsv,
  coco: exportCoco,
  yolo: exportYolo,
  voc: exportVoc,
  conll: exportConll,
};

export function exportLabels({ format, ...options }: TExportOptions & { format: TExportFormat }): AsyncGenerator<TExportChunk> {
  if (!Object.hasOwn(EXPORTERS, format)) throw new AppError("bad_input", `There is no export format "${format}".`);
  assertFormatFits(format, options.template);
  return EXPORTERS[format](options);
}

