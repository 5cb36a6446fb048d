import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { buildLabeledItem, choice } from "@/lib/labeling/agreement/build-labeled-item";
import type { TLabel, TLabeledItem, TLabelingTemplate, TResult } from "@/lib/labeling/results";
import { exportLabelStudio } from "./export-label-studio";
import { ANIMAL_LABELS, batchesOf, readText } from "./export-test-helpers";
import { parseLabelStudioTasks } from "./import-label-studio";

const image = (path: string) => ({ kind: "image" as const, path, width: 640, height: 480 });
const text = (value: string) => ({ kind: "text" as const, text: value });

async function roundTrip(template: TLabelingTemplate, items: TLabeledItem[], labels: TLabel[] = ANIMAL_LABELS) {
  const json = JSON.parse(await readText(exportLabelStudio({ template, labels, batches: batchesOf(items) })));
  return { json, tasks: parseLabelStudioTasks(json, template, labels) };
}

describe("Label Studio export and import", () => {
  it("round-trips boxes through percent, with the image size", async () => {
    const final: TResult = { kind: "boxes", boxes: [{ label: "cat", x: 0.1, y: 0.2, width: 0.3, height: 0.4 }, { label: "dog", x: 0.5, y: 0.5, width: 0.5, height: 0.5 }] };
    const { json, tasks } = await roundTrip("object_detection", [buildLabeledItem({ id: "a", data: image("cats/1.jpg"), final })]);
    expect(json[0].annotations[0].result[0]).toMatchObject({
      type: "rectanglelabels",
      from_name: "label",
      to_name: "image",
      original_width: 640,
      original_height: 480,
      value: { x: 10, y: 20, width: 30, height: 40, rectanglelabels: ["cat"] },
    });
    expect(tasks).toEqual([{ data: { kind: "image", path: "cats/1.jpg", width: 640, height: 480 }, annotations: [final], predictions: [] }]);
  });

  it("round-trips choices, multi-labels and spans, and items without a label", async () => {
    const single = await roundTrip("image_classification", [buildLabeledItem({ id: "a", data: image("1.jpg"), final: choice("dog") }), buildLabeledItem({ id: "b", data: image("2.jpg") })]);
    expect(single.json[0]).toMatchObject({ id: 1, data: { image: "1.jpg" }, meta: { item_id: "a" } });
    expect(single.tasks.map(({ annotations }) => annotations)).toEqual([[choice("dog")], []]);
    expect(single.tasks[1].data).toEqual({ kind: "image", path: "2.jpg" });

    const multi = await roundTrip("image_multilabel", [buildLabeledItem({ id: "a", final: choice("cat", "dog") }), buildLabeledItem({ id: "b", final: choice() })]);
    expect(multi.tasks.map(({ annotations }) => annotations)).toEqual([[choice("cat", "dog")], [choice()]]);

    const spans: TResult = { kind: "spans", spans: [{ label: "cat", start: 0, end: 3 }, { label: "dog", start: 8, end: 11 }] };
    const ner = await roundTrip("ner", [buildLabeledItem({ id: "a", data: text("Tom and Rex"), final: spans })]);
    expect(ner.json[0].annotations[0].result[1]).toMatchObject({ type: "labels", to_name: "text", value: { start: 8, end: 11, text: "Rex", labels: ["dog"] } });
    expect(ner.tasks).toEqual([{ data: { kind: "text", text: "Tom and Rex" }, annotations: [spans], predictions: [] }]);
  });
});

describe("parseLabelStudioTasks", () => {
  const rectangle = (value: Record<string, unknown>) => ({ type: "rectanglelabels", from_name: "label", to_name: "image", original_width: 100, original_height: 50, value: { rectanglelabels: ["cat"], ...value } });

  it("reads Label Studio's own export: predictions, cancelled annotations, other result types, bare tasks", () => {
    const tasks = parseLabelStudioTasks(
      [
        {
          id: 7,
          data: { img: "/data/upload/1/cat.jpg" },
          annotations: [
            { was_cancelled: true, result: [rectangle({ x: 0, y: 0, width: 10, height: 10 })] },
            { result: [rectangle({ x: 90, y: -5, width: 20, height: 50 }), { type: "textarea", value: { text: ["a note"] } }] },
          ],
          predictions: [{ model_version: "v1", score: 0.9, result: [rectangle({ x: 50, y: 50, width: 25, height: 25 })] }],
        },
        { image: "bare.jpg" },
      ],
      "object_detection",
      ANIMAL_LABELS,
    );
    expect(tasks[0].data).toEqual({ kind: "image", path: "/data/upload/1/cat.jpg", width: 100, height: 50 });
    // The overhanging box is trimmed to the image.
    expect(tasks[0].annotations).toEqual([{ kind: "boxes", boxes: [{ label: "cat", x: 0.9, y: 0, width: expect.closeTo(0.1, 12), height: 0.45 }] }]);
    expect(tasks[0].predictions).toEqual([{ kind: "boxes", boxes: [{ label: "cat", x: 0.5, y: 0.5, width: 0.25, height: 0.25 }] }]);
    expect(tasks[1]).toEqual({ data: { kind: "image", path: "bare.jpg" }, annotations: [], predictions: [] });
  });

  it("names the task and the place of what is wrong", () => {
    const parse = (tasks: unknown, template: TLabelingTemplate = "object_detection") => () => parseLabelStudioTasks(tasks, template, ANIMAL_LABELS);
    const good = { data: { image: "a.jpg" } };
    expect(parse([good, { data: {} }])).toThrow(expect.objectContaining({ code: "bad_input", message: "Task 2 (data.image): The task's data has no image." }));
    expect(parse([good, good, { data: { image: "b.jpg" }, annotations: [{ result: [rectangle({ x: "10", y: 0, width: 1, height: 1 })] }] }])).toThrow(/^Task 3 \(annotations\.0\.result\.0\.value\.x\): /);
    expect(parse([{ data: { image: "a.jpg" }, annotations: [{ result: [rectangle({ x: 1, y: 1, width: 1, height: 1, rectanglelabels: ["bird"] })] }] }])).toThrow('Task 1 (annotations.0.result): "bird" is not a label of this project.');
    expect(parse([{ data: { image: "a.jpg" }, annotations: [{ result: [{ type: "choices", value: { choices: ["cat"] } }] }] }])).toThrow("Task 1 (annotations.0.result.0.type): It holds choices results; this project takes rectanglelabels.");
    expect(parse([{ data: { image: "a.jpg" }, annotations: [{ result: [rectangle({ x: 1, y: 1, width: 1, height: 1, rotation: 30 })] }] }])).toThrow("Rotated boxes cannot be imported.");
    expect(parse([{ data: { text: "abc" }, annotations: [{ result: [{ type: "labels", value: { start: 1, end: 9, labels: ["cat"] } }] }] }], "ner")).toThrow("after the text's 3 characters");
    expect(parse([{ data: { image: "a.jpg" }, annotations: [{ result: [{ type: "choices", value: { choices: ["cat", "dog"] } }] }] }], "image_classification")).toThrow("Pick exactly one label.");
    expect(parse("nope")).toThrow("A Label Studio file holds a JSON array of tasks.");
  });

  it("reports the failing field for forms", () => {
    try {
      parseLabelStudioTasks([{ data: { image: "a.jpg" } }, { data: [] }], "object_detection", ANIMAL_LABELS);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fieldErrors).toEqual({ "1.data": [expect.any(String)] });
    }
  });
});
