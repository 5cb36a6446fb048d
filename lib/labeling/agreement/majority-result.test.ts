import { describe, expect, it } from "vitest";
import type { TBox } from "@/lib/labeling/results";
import { buildLabeledItem, choice } from "./build-labeled-item";
import { majorityResult } from "./majority-result";

const withAnnotations = (...results: Parameters<typeof buildLabeledItem>[0]["annotations"] & object) => buildLabeledItem({ id: "1", annotations: results });

describe("majorityResult", () => {
  it("takes the most frequent single label, and no label on a tie", () => {
    expect(majorityResult(withAnnotations(["a", choice("cat")], ["b", choice("dog")], ["c", choice("cat")]), "image_classification")).toEqual(choice("cat"));
    expect(majorityResult(withAnnotations(["a", choice("cat")], ["b", choice("dog")]), "image_classification")).toBeNull();
    expect(majorityResult(withAnnotations(["a", choice("cat")]), "text_classification")).toEqual(choice("cat"));
    expect(majorityResult(withAnnotations(), "text_classification")).toBeNull();
  });

  it("keeps the multi-labels chosen by more than half", () => {
    const item = withAnnotations(["a", choice("cat", "dog")], ["b", choice("dog")], ["c", choice("dog", "bird", "cat")], ["d", choice()]);
    // cat: 2 of 4 is not more than half; dog: 3 of 4 is.
    expect(majorityResult(item, "image_multilabel")).toEqual(choice("dog"));
  });

  it("takes the boxes of the annotator closest to the others", () => {
    const box = (x: number): TBox => ({ label: "car", x, y: 0, width: 0.2, height: 0.2 });
    const item = withAnnotations(["a", { kind: "boxes", boxes: [box(0)] }], ["b", { kind: "boxes", boxes: [box(0.05)] }], ["c", { kind: "boxes", boxes: [box(0.1)] }]);
    expect(majorityResult(item, "object_detection")).toEqual({ kind: "boxes", boxes: [box(0.05)] });
  });

  it("keeps the spans that more than half marked exactly, in text order", () => {
    const per = { label: "PER", start: 0, end: 4 };
    const loc = { label: "LOC", start: 10, end: 16 };
    const item = withAnnotations(["a", { kind: "spans", spans: [loc, per] }], ["b", { kind: "spans", spans: [per, loc] }], ["c", { kind: "spans", spans: [{ ...per, end: 5 }] }]);
    expect(majorityResult(item, "ner")).toEqual({ kind: "spans", spans: [per, loc] });
  });
});
