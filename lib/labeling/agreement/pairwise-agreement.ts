// Agreement for templates without a chance-corrected measure (multi-label, boxes, spans):
// every pair of annotators on an item gets a score in [0, 1]. An item's agreement is the
// mean over its pairs, the overall figure the mean over items (each item weighs the same),
// and an annotator's the mean over every pair they were part of.
import type { TLabeledItem } from "@/lib/labeling/results";
import { AnnotatorTally, type TAgreement, type TAgreementMethod } from "./agreement-types";
import type { TAnnotatorValue } from "./annotations-of";

export function measurePairwiseAgreement<T>(
  items: readonly TLabeledItem[],
  method: TAgreementMethod,
  valuesOf: (item: TLabeledItem) => TAnnotatorValue<T>[],
  score: (first: T, second: T) => number,
): TAgreement {
  const perItem = new Map<string, number>();
  const annotators = new AnnotatorTally();
  let sum = 0;
  for (const item of items) {
    const values = valuesOf(item);
    for (const { annotator } of values) annotators.see(annotator);
    if (values.length < 2) continue;
    let itemSum = 0;
    let pairs = 0;
    for (let i = 0; i < values.length; i++) {
      annotators.countItem(values[i].annotator);
      for (let j = i + 1; j < values.length; j++) {
        const pairScore = score(values[i].value, values[j].value);
        annotators.addScore(values[i].annotator, pairScore);
        annotators.addScore(values[j].annotator, pairScore);
        itemSum += pairScore;
        pairs++;
      }
    }
    perItem.set(item.id, itemSum / pairs);
    sum += itemSum / pairs;
  }
  return { overall: perItem.size > 0 ? sum / perItem.size : null, perItem, perAnnotator: annotators.toList(), method };
}
