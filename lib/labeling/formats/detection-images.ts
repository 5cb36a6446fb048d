// The images a detection export writes, with their boxes in the project's classes. Shared
// by COCO, YOLO and Pascal VOC so the three agree on what is exported:
// - an item without a final label (no review, no annotation) is left out: writing it as
//   an image with no objects would teach a detector that its objects are background;
// - an item whose final label has no boxes is kept: someone said the image is empty;
// - a box whose label is no longer one of the project's is left out: it has no class.
import type { TBox } from "@/lib/labeling/results";
import { finalResultOfKind, imageDataOf, labelIndexOf, type TExportOptions, type TImageData } from "./export-options";

export type TDetectionObject = { box: TBox; classIndex: number };
export type TDetectionImage = { image: TImageData; objects: TDetectionObject[] };

export async function* readDetectionImages(options: TExportOptions): AsyncGenerator<TDetectionImage[]> {
  const classes = labelIndexOf(options.labels);
  for await (const batch of options.batches) {
    const images: TDetectionImage[] = [];
    for (const item of batch) {
      const result = finalResultOfKind(item, options.template, "boxes");
      if (!result) continue;
      const objects: TDetectionObject[] = [];
      for (const box of result.boxes) {
        const classIndex = classes.get(box.label);
        if (classIndex !== undefined) objects.push({ box, classIndex });
      }
      images.push({ image: imageDataOf(item), objects });
    }
    yield images;
  }
}

/** A box in pixels of its image, to 1/100 pixel: fractions times sizes are rarely exact. */
export function toPixelBox(box: TBox, image: TImageData) {
  return {
    x: roundToHundredths(box.x * image.width),
    y: roundToHundredths(box.y * image.height),
    width: roundToHundredths(box.width * image.width),
    height: roundToHundredths(box.height * image.height),
  };
}

export function roundToHundredths(value: number) {
  return Math.round(value * 100) / 100;
}
