// The label an item gets when review did not decide one: what most annotators said.
// A single annotation is its own majority; a tie is no decision (null), so an export never
// settles a disagreement by chance.
import type { TBox, TLabeledItem, TLabelingTemplate, TResult, TSpan } from "@/lib/labeling/results";
import { annotationsOfKind, isMultiLabel, resultKindOf, singleLabelsOf } from "./annotations-of";
import { measureBoxAgreement } from "./box-agreement";
import { spanKeyOf } from "./set-agreement";

export function majorityResult(item: TLabeledItem, template: TLabelingTemplate): TResult | null {
  const kind = resultKindOf(template);
  if (kind === "boxes") return medoidBoxes(annotationsOfKind(item, "boxes").map(({ value }) => value.boxes));
  if (kind === "spans") return majoritySpans(annotationsOfKind(item, "spans").map(({ value }) => value.spans));
  if (isMultiLabel(template)) return majorityChoices(annotationsOfKind(item, "choices").map(({ value }) => value.choices));
  return pluralityChoice(singleLabelsOf(item).map(({ value }) => value));
}

/** The most frequent label; null on a tie for first place. */
function pluralityChoice(labels: string[]): TResult | null {
  const counts = countOnce(labels.map((label) => [label]));
  let best: string | null = null;
  let bestCount = 0;
  let isTie = false;
  for (const [label, count] of counts) {
    if (count > bestCount) [best, bestCount, isTie] = [label, count, false];
    else if (count === bestCount) isTie = true;
  }
  return best === null || isTie ? null : { kind: "choices", choices: [best] };
}

/** Each label chosen by more than half of the annotators, in the order first chosen. */
function majorityChoices(sets: string[][]): TResult | null {
  if (sets.length === 0) return null;
  const counts = countOnce(sets);
  return { kind: "choices", choices: [...counts].filter(([, count]) => count * 2 > sets.length).map(([label]) => label) };
}

/**
 * Boxes cannot be voted on one by one without inventing geometry, so the majority is the
 * medoid: the annotator whose boxes agree best (mean matched IoU) with everyone else's.
 * On a tie the earlier annotation wins.
 */
function medoidBoxes(sets: TBox[][]): TResult | null {
  if (sets.length === 0) return null;
  const sums = new Float64Array(sets.length);
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const score = measureBoxAgreement(sets[i], sets[j]);
      sums[i] += score;
      sums[j] += score;
    }
  }
  let best = 0;
  for (let i = 1; i < sets.length; i++) if (sums[i] > sums[best]) best = i;
  return { kind: "boxes", boxes: sets[best] };
}

/** Spans that more than half of the annotators marked exactly (start, end and label). */
function majoritySpans(sets: TSpan[][]): TResult | null {
  if (sets.length === 0) return null;
  const byKey = new Map<string, TSpan>();
  for (const spans of sets) for (const span of spans) if (!byKey.has(spanKeyOf(span))) byKey.set(spanKeyOf(span), span);
  const counts = countOnce(sets.map((spans) => spans.map(spanKeyOf)));
  const spans = [...counts].filter(([, count]) => count * 2 > sets.length).map(([key]) => byKey.get(key)!);
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return { kind: "spans", spans };
}

/** How many of the sets hold each key (a key repeated inside one set counts once). */
function countOnce(sets: string[][]) {
  const counts = new Map<string, number>();
  for (const set of sets) for (const key of new Set(set)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
