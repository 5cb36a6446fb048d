// Label Studio JSON: an array of tasks, each with the item's data and its final label as
// one annotation, in Label Studio's own result shapes, so the file imports into a Label
// Studio project with the matching default config. Items without a final label are
// exported with no annotations, ready to be labeled there.
import { TEMPLATE_MEDIA, type TItemData, type TLabeledItem, type TLabelingTemplate, type TResult } from "@/lib/labeling/results";
import { assertFormatFits } from "./export-formats";
import { finalResultOf, type TExportChunk, type TExportOptions } from "./export-options";
import { LABEL_STUDIO_FROM_NAME, LABEL_STUDIO_TYPES, type TLabelStudioResultItem } from "./label-studio-schema";

export async function* exportLabelStudio(options: TExportOptions): AsyncGenerator<TExportChunk> {
  assertFormatFits("label_studio", options.template);
  yield "[";
  let isFirst = true;
  for await (const batch of options.batches) {
    if (batch.length === 0) continue;
    yield (isFirst ? "\n" : ",\n") + batch.map((item) => JSON.stringify(toLabelStudioTask(item, options.template))).join(",\n");
    isFirst = false;
  }
  yield "\n]\n";
}

export function toLabelStudioTask(item: TLabeledItem, template: TLabelingTemplate) {
  const data = item.data.kind === "image" ? { image: item.data.path } : { text: item.data.text };
  const final = finalResultOf(item, template);
  return {
    id: item.position + 1,
    data,
    meta: { item_id: item.id },
    annotations: final ? [{ result: toLabelStudioResult(final, item.data, TEMPLATE_MEDIA[template]) }] : [],
  };
}

export function toLabelStudioResult(result: TResult, data: TItemData, media: "image" | "text"): TLabelStudioResultItem[] {
  const base = (index: number, type: string) => ({ id: `r${index + 1}`, type, from_name: LABEL_STUDIO_FROM_NAME, to_name: media });
  switch (result.kind) {
    case "choices":
      return result.choices.length === 0 ? [] : [{ ...base(0, LABEL_STUDIO_TYPES.choices), value: { choices: result.choices } }];
    case "boxes":
      return result.boxes.map((box, index) => ({
        ...base(index, LABEL_STUDIO_TYPES.boxes),
        ...(data.kind === "image" ? { original_width: data.width, original_height: data.height } : {}),
        image_rotation: 0,
        value: { x: box.x * 100, y: box.y * 100, width: box.width * 100, height: box.height * 100, rotation: 0, rectanglelabels: [box.label] },
      }));
    case "spans": {
      const text = data.kind === "text" ? data.text : "";
      return result.spans.map((span, index) => ({
        ...base(index, LABEL_STUDIO_TYPES.spans),
        value: { start: span.start, end: span.end, text: text.slice(span.start, span.end), labels: [span.label] },
      }));
    }
  }
}
