// COCO detection JSON, streamed as one document. COCO wants every image and every
// annotation in two separate arrays, but both come out of the same single pass over the
// items. The annotations (usually several per image) stream out as they are made; the
// image records (one small object per image) are held as JSON text and written last.
// COCO readers load the whole object, so the order of its keys does not matter.
import { assertFormatFits } from "./export-formats";
import { readDetectionImages, roundToHundredths, toPixelBox } from "./detection-images";
import type { TExportChunk, TExportOptions } from "./export-options";

export async function* exportCoco(options: TExportOptions): AsyncGenerator<TExportChunk> {
  assertFormatFits("coco", options.template);
  const categories = options.labels.map((label, index) => ({ id: index + 1, name: label.name, supercategory: "" }));
  const head = { info: { description: "Exported from ML Studio", version: "1.0", date_created: new Date().toISOString() }, licenses: [], categories };
  // The head without its closing brace, so the arrays can follow inside the same object.
  yield `${JSON.stringify(head).slice(0, -1)},\n"annotations": [`;
  const images: string[] = [];
  let imageId = 0;
  let annotationId = 0;
  for await (const batch of readDetectionImages(options)) {
    const annotations: string[] = [];
    for (const { image, objects } of batch) {
      imageId++;
      images.push(JSON.stringify({ id: imageId, file_name: image.path, width: image.width, height: image.height }));
      for (const { box, classIndex } of objects) {
        const { x, y, width, height } = toPixelBox(box, image);
        annotationId++;
        annotations.push(JSON.stringify({ id: annotationId, image_id: imageId, category_id: classIndex + 1, bbox: [x, y, width, height], area: roundToHundredths(width * height), iscrowd: 0 }));
      }
    }
    if (annotations.length > 0) yield (annotationId === annotations.length ? "\n" : ",\n") + annotations.join(",\n");
  }
  yield `\n],\n"images": [\n${images.join(",\n")}\n]}\n`;
}
