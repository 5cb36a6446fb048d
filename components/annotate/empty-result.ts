import type { TLabelingTemplate, TResult } from "@/lib/labeling/results";

/** What an item starts with when nobody suggested anything. */
export function emptyResult(template: TLabelingTemplate): TResult {
  if (template === "object_detection") return { kind: "boxes", boxes: [] };
  if (template === "ner") return { kind: "spans", spans: [] };
  return { kind: "choices", choices: [] };
}
