// Agreement for single-label classification: Fleiss' kappa overall, Fleiss' P_i per item,
// and per annotator the mean Cohen's kappa against each other annotator they share an
// item with. Pairwise Cohen (rather than agreement with the majority of the others) was
// chosen because it is chance-corrected like the overall figure and does not depend on
// who else happened to label the same items.
import type { TLabeledItem } from "@/lib/labeling/results";
import { AnnotatorTally, type TAgreement } from "./agreement-types";
import { singleLabelsOf } from "./annotations-of";
import { addToCohenTally, cohenKappaOf, computeFleissKappa, createCohenTally, measurePairAgreement, type TCohenTally } from "./kappa";

export function measureKappaAgreement(items: readonly TLabeledItem[]): TAgreement {
  const perItem = new Map<string, number>();
  const labelsPerItem: string[][] = [];
  const annotators = new AnnotatorTally();
  // One tally per unordered pair of annotators, keyed "a\0b" with a < b.
  const pairs = new Map<string, { first: string; second: string; tally: TCohenTally }>();
  for (const item of items) {
    const values = singleLabelsOf(item);
    for (const { annotator } of values) annotators.see(annotator);
    if (values.length < 2) continue;
    const labels = values.map(({ value }) => value);
    labelsPerItem.push(labels);
    perItem.set(item.id, measurePairAgreement(labels)!);
    for (let i = 0; i < values.length; i++) {
      annotators.countItem(values[i].annotator);
      for (let j = i + 1; j < values.length; j++) {
        const [a, b] = values[i].annotator < values[j].annotator ? [values[i], values[j]] : [values[j], values[i]];
        if (a.annotator === b.annotator) continue;
        const key = `${a.annotator}\0${b.annotator}`;
        let pair = pairs.get(key);
        if (!pair) pairs.set(key, (pair = { first: a.annotator, second: b.annotator, tally: createCohenTally() }));
        addToCohenTally(pair.tally, a.value, b.value);
      }
    }
  }
  for (const { first, second, tally } of pairs.values()) {
    const kappa = cohenKappaOf(tally)!;
    annotators.addScore(first, kappa);
    annotators.addScore(second, kappa);
  }
  return { overall: computeFleissKappa(labelsPerItem), perItem, perAnnotator: annotators.toList(), method: "fleiss_kappa" };
}
