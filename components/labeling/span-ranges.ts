// Span arithmetic on the item's text: spans are characters [start, end) and never overlap
// (a new one replaces those it touches), so the text renders as one flat run of pieces.
import type { TSpan } from "@/lib/labeling/results";

export type TRange = { start: number; end: number };
/** A run of the text: plain, or the span at `spanIndex` of the spans given. */
export type TSegment = TRange & { spanIndex: number | null };

/** The range without whitespace at either end; null when nothing but whitespace is left. */
export function trimRange(text: string, range: TRange): TRange | null {
  let start = Math.max(0, Math.min(range.start, range.end));
  let end = Math.min(text.length, Math.max(range.start, range.end));
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return end > start ? { start, end } : null;
}

export const overlaps = (a: TRange, b: TRange) => a.start < b.end && b.start < a.end;

/** The spans with `span` added: those it overlaps go, and the list stays in text order. */
export function addSpan(spans: readonly TSpan[], span: TSpan): TSpan[] {
  return [...spans.filter((other) => !overlaps(other, span)), span].sort((a, b) => a.start - b.start);
}

/**
 * The text cut into plain runs and spans, in order. Spans past the text's end are cut at it;
 * a span overlapping one before it (stored data this widget did not write) is left out here
 * and still listed, so it can be removed.
 */
export function segmentText(text: string, spans: readonly TSpan[]): TSegment[] {
  const order = spans
    .map((span, index) => ({ start: Math.max(0, span.start), end: Math.min(text.length, span.end), index }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const segments: TSegment[] = [];
  let at = 0;
  for (const span of order) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ start: at, end: span.start, spanIndex: null });
    segments.push({ start: span.start, end: span.end, spanIndex: span.index });
    at = span.end;
  }
  if (at < text.length) segments.push({ start: at, end: text.length, spanIndex: null });
  return segments;
}

/**
 * Where `query` next occurs in the text, for labeling by typing: the first occurrence not
 * labeled yet, else the first at all. Case-insensitive; null when it does not occur.
 */
export function findOccurrence(text: string, query: string, spans: readonly TSpan[]): TRange | null {
  const needle = query.trim().toLowerCase();
  if (!needle) return null;
  const haystack = text.toLowerCase();
  let first: TRange | null = null;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const range = { start: at, end: at + needle.length };
    first ??= range;
    if (!spans.some((span) => overlaps(span, range))) return range;
  }
  return first;
}

/** A span's text for a list or an accessible name, shortened past `max` characters. */
export function excerpt(text: string, range: TRange, max = 48): string {
  const whole = text.slice(range.start, range.end).replace(/\s+/g, " ");
  return whole.length > max ? `${whole.slice(0, max - 1)}…` : whole;
}
