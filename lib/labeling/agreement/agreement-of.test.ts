import { describe, expect, it } from "vitest";
import { agreementOf } from "./agreement-of";
import { buildLabeledItem, choice } from "./build-labeled-item";

describe("agreementOf for single-label classification", () => {
  const items = [
    buildLabeledItem({ id: "1", annotations: [["ann", choice("cat")], ["bob", choice("cat")], ["cy", choice("cat")]] }),
    buildLabeledItem({ id: "2", annotations: [["ann", choice("dog")], ["bob", choice("dog")], ["cy", choice("cat")]] }),
    buildLabeledItem({ id: "3", annotations: [["ann", choice("dog")], ["bob", choice("dog")]] }),
    buildLabeledItem({ id: "4", annotations: [["cy", choice("dog")]] }),
  ];

  it("gives Fleiss' kappa overall and P_i per item with two or more annotations", () => {
    const agreement = agreementOf(items, "image_classification");
    expect(agreement.method).toBe("fleiss_kappa");
    expect([...agreement.perItem]).toEqual([["1", 1], ["2", 1 / 3], ["3", 1]]);
    // P̄ = 7/9; label shares over 8 ratings: cat 4, dog 4 → P_e = 1/2.
    expect(agreement.overall).toBeCloseTo((7 / 9 - 0.5) / 0.5, 10);
  });

  it("gives each annotator the mean Cohen's kappa against the others", () => {
    const { perAnnotator } = agreementOf(items, "image_classification");
    // ann–bob agree on all 3 shared items (κ 1); ann–cy and bob–cy share items 1–2, one agreeing: κ 0.
    expect(perAnnotator).toEqual([
      { annotator: "ann", agreement: 0.5, items: 3 },
      { annotator: "bob", agreement: 0.5, items: 3 },
      { annotator: "cy", agreement: 0, items: 2 },
    ]);
  });

  it("is 1 when everyone agrees and null with a single annotator", () => {
    const agreeing = [buildLabeledItem({ id: "1", annotations: [["a", choice("x")], ["b", choice("x")]] })];
    expect(agreementOf(agreeing, "text_classification").overall).toBe(1);
    const alone = agreementOf([buildLabeledItem({ id: "1", annotations: [["a", choice("x")]] })], "text_classification");
    expect(alone.overall).toBeNull();
    expect(alone.perItem.size).toBe(0);
    expect(alone.perAnnotator).toEqual([{ annotator: "a", agreement: null, items: 0 }]);
  });

  it("ignores results that do not fit the template", () => {
    const item = buildLabeledItem({ id: "1", annotations: [["a", choice("x")], ["b", choice()], ["c", { kind: "spans", spans: [] }]] });
    expect(agreementOf([item], "image_classification").overall).toBeNull();
  });
});

describe("agreementOf for other templates", () => {
  it("uses mean pairwise Jaccard for multi-label", () => {
    const item = buildLabeledItem({ id: "1", annotations: [["a", choice("cat", "dog")], ["b", choice("dog")], ["c", choice("dog")]] });
    const agreement = agreementOf([item], "image_multilabel");
    expect(agreement.method).toBe("jaccard");
    expect(agreement.perItem.get("1")).toBeCloseTo((0.5 + 0.5 + 1) / 3, 10);
    expect(agreement.perAnnotator.map(({ agreement }) => agreement)).toEqual([0.5, 0.75, 0.75]);
  });

  it("uses matched IoU for boxes, averaged over items", () => {
    const box = { label: "car", x: 0.1, y: 0.1, width: 0.2, height: 0.2 };
    const items = [
      buildLabeledItem({ id: "1", annotations: [["a", { kind: "boxes", boxes: [box] }], ["b", { kind: "boxes", boxes: [box] }]] }),
      buildLabeledItem({ id: "2", annotations: [["a", { kind: "boxes", boxes: [box] }], ["b", { kind: "boxes", boxes: [] }]] }),
    ];
    const agreement = agreementOf(items, "object_detection");
    expect(agreement.method).toBe("iou");
    expect([...agreement.perItem]).toEqual([["1", 1], ["2", 0]]);
    expect(agreement.overall).toBe(0.5);
  });

  it("uses span F1 for NER", () => {
    const per = { label: "PER", start: 0, end: 4 };
    const item = buildLabeledItem({ id: "1", annotations: [["a", { kind: "spans", spans: [per] }], ["b", { kind: "spans", spans: [per, { label: "LOC", start: 5, end: 9 }] }]] });
    const agreement = agreementOf([item], "ner");
    expect(agreement.method).toBe("span_f1");
    expect(agreement.overall).toBeCloseTo(2 / 3, 10);
  });
});
