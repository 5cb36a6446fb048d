// Agreement between two annotators' boxes. Boxes are fractions of the image; IoU does not
// depend on the unit, so no image size is needed.
import type { TBox } from "@/lib/labeling/results";

/** Intersection over union of two boxes (0 when they do not overlap). */
export function computeBoxIou(a: TBox, b: TBox): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  const intersection = width * height;
  const union = a.width * a.height + b.width * b.height - intersection;
  // Rounding can push identical boxes a hair above 1.
  return union > 0 ? Math.min(1, intersection / union) : 0;
}

/**
 * Mean IoU after matching same-label boxes one to one, greedily by highest IoU first.
 * Every matched pair is one term and every box left unmatched on either side is a 0 term,
 * so a missed or extra box lowers agreement as much as a box that does not overlap at all.
 */
export function measureBoxAgreement(first: readonly TBox[], second: readonly TBox[]): number {
  if (first.length === 0 && second.length === 0) return 1;
  if (first.length === 0 || second.length === 0) return 0;
  const candidates: { i: number; j: number; iou: number }[] = [];
  for (let i = 0; i < first.length; i++) {
    for (let j = 0; j < second.length; j++) {
      if (first[i].label !== second[j].label) continue;
      const iou = computeBoxIou(first[i], second[j]);
      if (iou > 0) candidates.push({ i, j, iou });
    }
  }
  candidates.sort((p, q) => q.iou - p.iou);
  const usedFirst = new Uint8Array(first.length);
  const usedSecond = new Uint8Array(second.length);
  let matched = 0;
  let sum = 0;
  for (const { i, j, iou } of candidates) {
    if (usedFirst[i] || usedSecond[j]) continue;
    usedFirst[i] = usedSecond[j] = 1;
    matched++;
    sum += iou;
  }
  return sum / (first.length + second.length - matched);
}
