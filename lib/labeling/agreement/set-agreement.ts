// Agreement between two annotators' sets of labels: multi-label choices (Jaccard) and
// named-entity spans (F1 on exact matches). Two empty sets agree fully: both said "none".
import type { TSpan } from "@/lib/labeling/results";

/** Jaccard index |A ∩ B| / |A ∪ B| of two label sets. */
export function computeJaccard(first: readonly string[], second: readonly string[]): number {
  const a = new Set(first);
  const b = new Set(second);
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const label of a) if (b.has(label)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The key two spans share exactly when start, end and label all match. */
export function spanKeyOf(span: TSpan) {
  return `${span.start}:${span.end}:${span.label}`;
}

/**
 * Span F1 between two annotators: 2·matches / (|A| + |B|), a span matching only when
 * start, end and label are equal. Symmetric, so neither annotator is the reference.
 */
export function computeSpanF1(first: readonly TSpan[], second: readonly TSpan[]): number {
  if (first.length === 0 && second.length === 0) return 1;
  const unmatched = new Map<string, number>();
  for (const span of first) {
    const key = spanKeyOf(span);
    unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
  }
  let matches = 0;
  for (const span of second) {
    const key = spanKeyOf(span);
    const left = unmatched.get(key) ?? 0;
    if (left > 0) {
      unmatched.set(key, left - 1);
      matches++;
    }
  }
  return (2 * matches) / (first.length + second.length);
}
