// A project's items with their annotations, in order, a batch at a time (by position, not
// offset, so the millionth batch is as quick as the first). Exports stream from it.
import { db } from "@/lib/db";
import { labeledItemOf } from "./labeled-item";
import type { TLabeledItem } from "./results";

const ITEMS_PER_BATCH = 2_000;

export async function* readLabeledBatches(projectId: string, onBatch?: (done: number) => Promise<void>): AsyncGenerator<TLabeledItem[]> {
  let after = -1;
  let done = 0;
  for (;;) {
    const rows = await db.labelingItem.findMany({
      where: { projectId, position: { gt: after } },
      orderBy: { position: "asc" },
      take: ITEMS_PER_BATCH,
      select: { id: true, position: true, data: true, finalResult: true, annotations: { select: { status: true, result: true, createdAt: true, annotatorId: true } } },
    });
    if (rows.length === 0) return;
    after = rows[rows.length - 1].position;
    done += rows.length;
    yield rows.map(labeledItemOf);
    await onBatch?.(done);
  }
}
