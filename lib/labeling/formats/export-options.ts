// What every exporter takes and gives. Items arrive in batches from an async iterable (the
// caller pages through the database), and output leaves as chunks: strings for text
// formats, bytes for zips. A batch becomes about one chunk, so memory stays flat however
// many items a project has.
import { AppError } from "@/lib/errors";
import { majorityResult } from "@/lib/labeling/agreement/majority-result";
import { resultKindOf, type TResultOf } from "@/lib/labeling/agreement/annotations-of";
import type { TItemData, TLabel, TLabeledItem, TLabelingTemplate, TResult } from "@/lib/labeling/results";

export type TExportOptions = {
  template: TLabelingTemplate;
  labels: readonly TLabel[];
  batches: AsyncIterable<readonly TLabeledItem[]>;
};

export type TExportChunk = string | Uint8Array;
export type TExporter = (options: TExportOptions) => AsyncGenerator<TExportChunk>;

export type TImageData = Extract<TItemData, { kind: "image" }>;

/**
 * The label an item is exported with: review's decision, else the annotators' majority.
 * null when there is neither, or when the stored result is not of the template's kind.
 */
export function finalResultOf(item: TLabeledItem, template: TLabelingTemplate): TResult | null {
  const result = item.final ?? majorityResult(item, template);
  return result && result.kind === resultKindOf(template) ? result : null;
}

/** finalResultOf narrowed to one kind, for exporters that only handle that kind. */
export function finalResultOfKind<K extends TResult["kind"]>(item: TLabeledItem, template: TLabelingTemplate, kind: K): TResultOf<K> | null {
  const result = finalResultOf(item, template);
  return result?.kind === kind ? (result as TResultOf<K>) : null;
}

export function imageDataOf(item: TLabeledItem): TImageData {
  if (item.data.kind !== "image") throw new AppError("bad_input", `Item ${item.position + 1} is a text, not an image.`);
  return item.data;
}

export function textOf(item: TLabeledItem): string {
  if (item.data.kind !== "text") throw new AppError("bad_input", `Item ${item.position + 1} is an image, not a text.`);
  return item.data.text;
}

/** Each label's place in the project's list: class ids for COCO, YOLO and CoNLL tags. */
export function labelIndexOf(labels: readonly TLabel[]) {
  return new Map(labels.map((label, index) => [label.name, index]));
}
