// An item as the annotator view gets it.
import { ZItemData, ZResult } from "./results";
import type { TAnnotatorItem } from "./schemas";

type TItemRow = { id: string; position: number; data: unknown; prediction: unknown };
type TOwnAnnotation = { result: unknown; reviewComment: string | null; status: string } | null | undefined;

export function annotatorItemView(item: TItemRow, own: TOwnAnnotation, lockExpiresAt: Date | null): TAnnotatorItem {
  return {
    id: item.id,
    position: item.position,
    data: ZItemData.parse(item.data),
    prediction: item.prediction ? ZResult.parse(item.prediction) : null,
    previous: own?.result ? ZResult.parse(own.result) : null,
    reviewComment: own?.status === "REJECTED" ? own.reviewComment : null,
    lockExpiresAt,
  };
}
