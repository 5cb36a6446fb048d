// Inter-annotator agreement for a set of items, with the measure the template calls for.
import type { TLabeledItem, TLabelingTemplate } from "@/lib/labeling/results";
import type { TAgreement } from "./agreement-types";
import { annotationsOfKind, type TResultKind, type TResultOf } from "./annotations-of";
import { measureBoxAgreement } from "./box-agreement";
import { measureKappaAgreement } from "./kappa-agreement";
import { measurePairwiseAgreement } from "./pairwise-agreement";
import { computeJaccard, computeSpanF1 } from "./set-agreement";

export type { TAgreement, TAgreementMethod, TAnnotatorAgreement } from "./agreement-types";

export function agreementOf(items: readonly TLabeledItem[], template: TLabelingTemplate): TAgreement {
  switch (template) {
    case "image_classification":
    case "text_classification":
      return measureKappaAgreement(items);
    case "image_multilabel":
      return measurePairwiseAgreement(items, "jaccard", (item) => valuesOf(item, "choices", (result) => result.choices), computeJaccard);
    case "object_detection":
      return measurePairwiseAgreement(items, "iou", (item) => valuesOf(item, "boxes", (result) => result.boxes), measureBoxAgreement);
    case "ner":
      return measurePairwiseAgreement(items, "span_f1", (item) => valuesOf(item, "spans", (result) => result.spans), computeSpanF1);
  }
}

function valuesOf<K extends TResultKind, T>(item: TLabeledItem, kind: K, pick: (result: TResultOf<K>) => T) {
  return annotationsOfKind(item, kind).map(({ annotator, value }) => ({ annotator, value: pick(value) }));
}
