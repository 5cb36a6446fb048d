// CoNLL 2003 for NER: one token per line as "token -X- _ tag" (the POS and chunk columns
// are unknown, so they hold CoNLL's placeholders), BIO tags, a blank line after each text.
// Texts are split on whitespace; a token that overlaps an entity takes its tag, even when
// the entity covers only part of it (as "Paris" in "Paris,").
import type { TSpan } from "@/lib/labeling/results";
import { assertFormatFits } from "./export-formats";
import { finalResultOfKind, labelIndexOf, textOf, type TExportChunk, type TExportOptions } from "./export-options";

export async function* exportConll(options: TExportOptions): AsyncGenerator<TExportChunk> {
  assertFormatFits("conll", options.template);
  const known = labelIndexOf(options.labels);
  yield "-DOCSTART- -X- -X- O\n\n";
  for await (const batch of options.batches) {
    const documents: string[] = [];
    for (const item of batch) {
      // As with detection, a text nobody labeled is not exported as "no entities".
      const result = finalResultOfKind(item, options.template, "spans");
      if (!result) continue;
      const lines = tagTokens(textOf(item), result.spans.filter(({ label }) => known.has(label)));
      if (lines.length > 0) documents.push(lines.map(({ token, tag }) => `${token} -X- _ ${tag}\n`).join("") + "\n");
    }
    if (documents.length > 0) yield documents.join("");
  }
}

/** The whitespace-separated tokens of a text with their BIO tags. */
export function tagTokens(text: string, spans: readonly TSpan[]): { token: string; tag: string }[] {
  // Earlier spans win where spans overlap; CoNLL has one tag per token.
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const tagged: { token: string; tag: string }[] = [];
  let previous: TSpan | null = null;
  for (const match of text.matchAll(/\S+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    const span = ordered.find((candidate) => candidate.start < end && candidate.end > start) ?? null;
    tagged.push({ token: match[0], tag: span ? `${span === previous ? "I" : "B"}-${span.label}` : "O" });
    previous = span;
  }
  return tagged;
}
