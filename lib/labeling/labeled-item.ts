// An item row with its annotations as review, agreement and export read it (TLabeledItem);
// annotators are named by their user id there, and by name only where a person reads them.
import { ZItemData, ZResult, type TLabeledItem } from "./results";

type TRow = {
  id: string;
  position: number;
  data: unknown;
  finalResult: unknown;
  annotations: { status: string; result: unknown; createdAt: Date; annotatorId: string }[];
};

export function labeledItemOf(row: TRow): TLabeledItem {
  return {
    id: row.id,
    position: row.position,
    data: ZItemData.parse(row.data),
    final: row.finalResult ? ZResult.parse(row.finalResult) : null,
    annotations: row.annotations
      .filter((a) => a.status !== "SKIPPED" && a.result)
      .map((a) => ({ annotator: a.annotatorId, result: ZResult.parse(a.result), createdAt: a.createdAt })),
  };
}
