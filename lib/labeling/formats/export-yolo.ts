// YOLO detection labels as a zip: classes.txt (one class per line, its line number is the
// class id) and per image labels/<image path>.txt with one "class x_center y_center width
// height" line per box, all relative to the image size.
import { ArchiveNames, replaceExtension, toArchivePath } from "./archive-paths";
import { readDetectionImages, type TDetectionImage } from "./detection-images";
import { assertFormatFits } from "./export-formats";
import type { TExportChunk, TExportOptions } from "./export-options";
import { streamZip, type TZipEntry } from "./zip-stream";

export async function* exportYolo(options: TExportOptions): AsyncGenerator<TExportChunk> {
  assertFormatFits("yolo", options.template);
  yield* streamZip(yoloEntriesOf(options));
}

async function* yoloEntriesOf(options: TExportOptions): AsyncGenerator<TZipEntry[]> {
  yield [{ name: "classes.txt", content: options.labels.map(({ name }) => `${name}\n`).join("") }];
  const names = new ArchiveNames();
  for await (const batch of readDetectionImages(options)) {
    yield batch.map(({ image, objects }) => ({
      name: names.claim(`labels/${replaceExtension(toArchivePath(image.path), "txt")}`, image.path),
      content: formatYoloLines(objects),
    }));
  }
}

export function formatYoloLines(objects: TDetectionImage["objects"]): string {
  return objects
    .map(({ box, classIndex }) => `${classIndex} ${formatUnit(box.x + box.width / 2)} ${formatUnit(box.y + box.height / 2)} ${formatUnit(box.width)} ${formatUnit(box.height)}\n`)
    .join("");
}

/** Six decimals, with 0 and 1 written plainly as YOLO tools do. */
function formatUnit(value: number) {
  const text = Math.min(1, Math.max(0, value)).toFixed(6);
  return text === "0.000000" ? "0" : text === "1.000000" ? "1" : text;
}
