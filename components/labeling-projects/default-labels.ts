// Labels a new project starts with, so that the form is never empty: edit them to fit.
import type { TLabel, TLabelingTemplate } from "@/lib/labeling/results";

const PALETTE = ["#d9480f", "#1971c2", "#2b8a3e", "#9c36b5", "#e67700", "#0c8599", "#c2255c", "#5c940d"];

export function colorFor(index: number) {
  return PALETTE[index % PALETTE.length];
}

const NAMES: Record<TLabelingTemplate, string[]> = {
  image_classification: ["cat", "dog"],
  image_multilabel: ["outdoor", "people", "vehicle"],
  object_detection: ["car", "person"],
  text_classification: ["positive", "negative"],
  ner: ["PER", "ORG", "LOC"],
};

export function defaultLabels(template: TLabelingTemplate): TLabel[] {
  return NAMES[template].map((name, index) => ({ name, color: colorFor(index), hotkey: String(index + 1) }));
}
