import { describe, expect, it } from "vitest";
import { buildLabeledItem } from "@/lib/labeling/agreement/build-labeled-item";
import type { TBox, TResult } from "@/lib/labeling/results";
import { ANIMAL_LABELS, batchesOf, readZip } from "./export-test-helpers";
import { exportYolo } from "./export-yolo";

const box = (label: string, x: number, y: number, width: number, height: number): TBox => ({ label, x, y, width, height });
const boxes = (...list: TBox[]): TResult => ({ kind: "boxes", boxes: list });
const image = (path: string) => ({ kind: "image" as const, path, width: 640, height: 480 });
const YOLO_LINE = /^\d+ (0|1|0\.\d{6}) (0|1|0\.\d{6}) (0|1|0\.\d{6}) (0|1|0\.\d{6})$/;

function exportItems(items: ReturnType<typeof buildLabeledItem>[]) {
  return readZip(exportYolo({ template: "object_detection", labels: ANIMAL_LABELS, batches: batchesOf(items) }));
}

describe("exportYolo", () => {
  it("zips classes.txt and one label file per image, named after the image", async () => {
    const files = await exportItems([
      buildLabeledItem({ id: "a", data: image("cats/001.jpg"), final: boxes(box("dog", 0.25, 0.5, 0.5, 0.25), box("cat", 0, 0, 1, 1)) }),
      buildLabeledItem({ id: "b", data: image("empty.png"), final: boxes() }),
      buildLabeledItem({ id: "c", data: image("unlabeled.png") }),
    ]);
    expect(Object.keys(files).sort()).toEqual(["classes.txt", "labels/cats/001.txt", "labels/empty.txt"]);
    expect(files["classes.txt"]).toBe("cat\ndog\n");
    expect(files["labels/empty.txt"]).toBe("");
    const lines = files["labels/cats/001.txt"].trimEnd().split("\n");
    expect(lines).toEqual(["1 0.500000 0.625000 0.500000 0.250000", "0 0.500000 0.500000 1 1"]);
    for (const line of lines) expect(line).toMatch(YOLO_LINE);
  });

  it("keeps every path inside the archive", async () => {
    const files = await exportItems([buildLabeledItem({ id: "a", data: image("/../../etc/evil.jpg"), final: boxes() })]);
    expect(Object.keys(files)).toContain("labels/etc/evil.txt");
  });

  it("refuses two images that would share a label file", async () => {
    const items = ["a.jpg", "a.png"].map((path, position) => buildLabeledItem({ id: path, position, data: image(path), final: boxes() }));
    await expect(exportItems(items)).rejects.toMatchObject({ code: "bad_input", message: expect.stringContaining("labels/a.txt") });
  });
});
