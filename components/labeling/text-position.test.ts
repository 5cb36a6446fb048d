import { describe, expect, it } from "vitest";
import { rangeToOffsets, textOffsetOf, type TTextNode } from "./text-position";

// Hand-built trees shaped like the span annotator's DOM: text, <mark>text<button><svg/></button></mark>, text.
const text = (value: string): TTextNode => ({ nodeType: 3, nodeValue: value, childNodes: [] });
const element = (...children: TTextNode[]): TTextNode => ({ nodeType: 1, nodeValue: null, childNodes: children });

const before = text("Ada ");
const inside = text("Lovelace");
const icon = element(element());
const mark = element(inside, element(icon));
const after = text(" met Charles");
const root = element(before, mark, after);
const outside = text("elsewhere");

describe("text offsets of DOM positions", () => {
  it("count characters through text nodes in document order", () => {
    expect(textOffsetOf(root, before, 2)).toBe(2);
    expect(textOffsetOf(root, inside, 3)).toBe(7);
    expect(textOffsetOf(root, after, 5)).toBe(17);
  });

  it("count whole children for a position in an element", () => {
    expect(textOffsetOf(root, root, 0)).toBe(0);
    expect(textOffsetOf(root, root, 1)).toBe(4);
    expect(textOffsetOf(root, root, 2)).toBe(12);
    expect(textOffsetOf(root, mark, 2)).toBe(12);
    expect(textOffsetOf(root, icon, 0)).toBe(12);
  });

  it("are null outside the root", () => {
    expect(textOffsetOf(root, outside, 1)).toBeNull();
  });

  it("turn a selection into ordered offsets, cut at the root's edges", () => {
    expect(rangeToOffsets(root, { startContainer: before, startOffset: 0, endContainer: inside, endOffset: 8 })).toEqual({ start: 0, end: 12 });
    expect(rangeToOffsets(root, { startContainer: outside, startOffset: 0, endContainer: inside, endOffset: 4 })).toEqual({ start: 0, end: 8 });
    expect(rangeToOffsets(root, { startContainer: after, startOffset: 5, endContainer: outside, endOffset: 3 })).toEqual({ start: 17, end: 24 });
  });

  it("give nothing for an empty selection or one outside the root", () => {
    expect(rangeToOffsets(root, { startContainer: inside, startOffset: 2, endContainer: inside, endOffset: 2 })).toBeNull();
    expect(rangeToOffsets(root, { startContainer: outside, startOffset: 0, endContainer: outside, endOffset: 4 })).toBeNull();
  });
});
