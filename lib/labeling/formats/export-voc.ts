// Pascal VOC: a zip with one Annotations/<image path>.xml per image, boxes as integer pixel
// corners (0-based, rounded to the nearest pixel).
import { ArchiveNames, replaceExtension, splitArchivePath, toArchivePath } from "./archive-paths";
import { readDetectionImages, type TDetectionImage } from "./detection-images";
import { assertFormatFits } from "./export-formats";
import type { TExportChunk, TExportOptions } from "./export-options";
import { streamZip, type TZipEntry } from "./zip-stream";

export async function* exportVoc(options: TExportOptions): AsyncGenerator<TExportChunk> {
  assertFormatFits("voc", options.template);
  yield* streamZip(vocEntriesOf(options));
}

async function* vocEntriesOf(options: TExportOptions): AsyncGenerator<TZipEntry[]> {
  const names = new ArchiveNames();
  for await (const batch of readDetectionImages(options)) {
    yield batch.map((image) => ({
      name: names.claim(`Annotations/${replaceExtension(toArchivePath(image.image.path), "xml")}`, image.image.path),
      content: formatVocXml(image, options.labels.map(({ name }) => name)),
    }));
  }
}

export function formatVocXml({ image, objects }: TDetectionImage, classNames: readonly string[]): string {
  const { folder, filename } = splitArchivePath(toArchivePath(image.path));
  const pixel = (fraction: number, size: number) => Math.min(size, Math.max(0, Math.round(fraction * size)));
  const objectXml = objects.map(({ box, classIndex }) =>
    [
      "  <object>",
      `    <name>${escapeXml(classNames[classIndex])}</name>`,
      "    <pose>Unspecified</pose>",
      "    <truncated>0</truncated>",
      "    <difficult>0</difficult>",
      "    <bndbox>",
      `      <xmin>${pixel(box.x, image.width)}</xmin>`,
      `      <ymin>${pixel(box.y, image.height)}</ymin>`,
      `      <xmax>${pixel(box.x + box.width, image.width)}</xmax>`,
      `      <ymax>${pixel(box.y + box.height, image.height)}</ymax>`,
      "    </bndbox>",
      "  </object>",
    ].join("\n"),
  );
  return [
    "<annotation>",
    `  <folder>${escapeXml(folder)}</folder>`,
    `  <filename>${escapeXml(filename)}</filename>`,
    `  <path>${escapeXml(image.path)}</path>`,
    "  <source><database>ML Studio</database></source>",
    `  <size><width>${image.width}</width><height>${image.height}</height><depth>3</depth></size>`,
    "  <segmented>0</segmented>",
    ...objectXml,
    "</annotation>",
    "",
  ].join("\n");
}

const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes text for an XML element, dropping characters XML 1.0 cannot hold at all. */
export function escapeXml(text: string): string {
  // Most names need nothing, and testing is much cheaper than the two replaces.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char]!);
}
