// The annotations of an item that agreement and majority can read: those whose result is
// of the kind the template asks for. Anything else (a stale result from before a template
// change, a single-label answer with no label) is not evidence about this project's labels.
import type { TLabeledItem, TLabelingTemplate, TResult } from "@/lib/labeling/results";

export type TResultKind = TResult["kind"];
export type TResultOf<K extends TResultKind> = Extract<TResult, { kind: K }>;
export type TAnnotatorValue<T> = { annotator: string; value: T };

export function resultKindOf(template: TLabelingTemplate): TResultKind {
  return template === "object_detection" ? "boxes" : template === "ner" ? "spans" : "choices";
}

export function isMultiLabel(template: TLabelingTemplate) {
  return template === "image_multilabel";
}

export function annotationsOfKind<K extends TResultKind>(item: TLabeledItem, kind: K): TAnnotatorValue<TResultOf<K>>[] {
  const found: TAnnotatorValue<TResultOf<K>>[] = [];
  for (const { annotator, result } of item.annotations) {
    if (result.kind === kind) found.push({ annotator, value: result as TResultOf<K> });
  }
  return found;
}

/** Single-label answers: the one label each annotator chose. */
export function singleLabelsOf(item: TLabeledItem): TAnnotatorValue<string>[] {
  const found: TAnnotatorValue<string>[] = [];
  for (const { annotator, result } of item.annotations) {
    if (result.kind === "choices" && result.choices.length === 1) found.push({ annotator, value: result.choices[0] });
  }
  return found;
}
