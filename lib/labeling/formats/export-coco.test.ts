import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { buildLabeledItem } from "@/lib/labeling/agreement/build-labeled-item";
import type { TBox, TResult } from "@/lib/labeling/results";
import { exportCoco } from "./export-coco";
import { ANIMAL_LABELS, batchesOf, readText } from "./export-test-helpers";

const box = (label: string, x: number, y: number, width: number, height: number): TBox => ({ label, x, y, width, height });
const boxes = (...list: TBox[]): TResult => ({ kind: "boxes", boxes: list });
const image = (path: string, width = 640, height = 480) => ({ kind: "image" as const, path, width, height });

const ITEMS = [
  buildLabeledItem({ id: "a", position: 0, data: image("cats/001.jpg"), final: boxes(box("dog", 0.25, 0.5, 0.5, 0.25), box("gone", 0, 0, 0.1, 0.1)) }),
  buildLabeledItem({ id: "b", position: 1, data: image("002.jpg", 100, 200), annotations: [["ann", boxes(box("cat", 0.1, 0.1, 0.2, 0.3), box("cat", 0.5, 0.5, 0.5, 0.5))]] }),
  buildLabeledItem({ id: "c", position: 2, data: image("unlabeled.jpg") }),
  buildLabeledItem({ id: "d", position: 3, data: image("empty.jpg"), final: boxes() }),
];

async function exportItems(items = ITEMS, batchSize = 1) {
  return JSON.parse(await readText(exportCoco({ template: "object_detection", labels: ANIMAL_LABELS, batches: batchesOf(items, batchSize) })));
}

describe("exportCoco", () => {
  it("writes one JSON document with images, annotations and categories from 1", async () => {
    const coco = await exportItems();
    expect(coco.categories).toEqual([
      { id: 1, name: "cat", supercategory: "" },
      { id: 2, name: "dog", supercategory: "" },
    ]);
    expect(coco.images).toEqual([
      { id: 1, file_name: "cats/001.jpg", width: 640, height: 480 },
      { id: 2, file_name: "002.jpg", width: 100, height: 200 },
      { id: 3, file_name: "empty.jpg", width: 640, height: 480 },
    ]);
    expect(coco.annotations.map(({ id, image_id, category_id }: Record<string, number>) => [id, image_id, category_id])).toEqual([
      [1, 1, 2],
      [2, 2, 1],
      [3, 2, 1],
    ]);
  });

  it("writes boxes in exact pixels of their own image", async () => {
    const [first, second] = (await exportItems()).annotations;
    expect(first).toEqual({ id: 1, image_id: 1, category_id: 2, bbox: [160, 240, 320, 120], area: 38400, iscrowd: 0 });
    expect(second.bbox).toEqual([10, 20, 20, 60]);
    expect(second.area).toBe(1200);
  });

  it("stays valid JSON whatever the batch sizes, including no boxes at all", async () => {
    for (const size of [1, 2, 3, 10]) expect((await exportItems(ITEMS, size)).annotations).toHaveLength(3);
    expect(await exportItems([ITEMS[3]])).toMatchObject({ images: [{ id: 1 }], annotations: [] });
    expect(await exportItems([])).toMatchObject({ images: [], annotations: [] });
  });

  it("refuses templates without boxes", async () => {
    const chunks = exportCoco({ template: "ner", labels: ANIMAL_LABELS, batches: batchesOf([]) });
    await expect(readText(chunks)).rejects.toThrow(AppError);
  });

  it("refuses an item that is not an image", async () => {
    const text = buildLabeledItem({ id: "t", position: 4, data: { kind: "text", text: "hi" }, final: boxes() });
    await expect(exportItems([text])).rejects.toMatchObject({ code: "bad_input", message: "Item 5 is a text, not an image." });
  });
});
