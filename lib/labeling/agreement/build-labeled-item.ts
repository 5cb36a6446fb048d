// Test factory: a labeled item from annotator → result pairs, for agreement and export tests.
import type { TItemData, TLabeledItem, TResult } from "@/lib/labeling/results";

export function buildLabeledItem(options: {
  id: string;
  position?: number;
  data?: TItemData;
  annotations?: [annotator: string, result: TResult][];
  final?: TResult | null;
}): TLabeledItem {
  return {
    id: options.id,
    position: options.position ?? 0,
    data: options.data ?? { kind: "image", path: `${options.id}.jpg`, width: 640, height: 480 },
    annotations: (options.annotations ?? []).map(([annotator, result], index) => ({ annotator, result, createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, index)) })),
    final: options.final ?? null,
  };
}

export function choice(...labels: string[]): TResult {
  return { kind: "choices", choices: labels };
}
