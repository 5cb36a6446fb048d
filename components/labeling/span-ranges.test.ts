import { describe, expect, it } from "vitest";
import { addSpan, excerpt, findOccurrence, segmentText, trimRange } from "./span-ranges";

const text = "Ada Lovelace met Charles Babbage in London.";
const ada = { label: "PER", start: 0, end: 12 };
const london = { label: "LOC", start: 35, end: 41 };

describe("span ranges", () => {
  it("trim whitespace at both ends and refuse a range of nothing but whitespace", () => {
    expect(trimRange(text, { start: 12, end: 25 })).toEqual({ start: 13, end: 24 });
    expect(trimRange(text, { start: 25, end: 12 })).toEqual({ start: 13, end: 24 });
    expect(trimRange(text, { start: 12, end: 13 })).toBeNull();
    expect(trimRange(text, { start: 41, end: 999 })).toEqual({ start: 41, end: 43 });
  });

  it("add a span in text order", () => {
    expect(addSpan([london], ada)).toEqual([ada, london]);
  });

  it("replace the spans a new one overlaps, and keep those it only touches", () => {
    const charles = { label: "PER", start: 17, end: 24 };
    const babbage = { label: "PER", start: 25, end: 32 };
    const whole = { label: "PER", start: 17, end: 32 };
    expect(addSpan([ada, charles, babbage, london], whole)).toEqual([ada, whole, london]);
    expect(addSpan([ada], { label: "LOC", start: 12, end: 16 })).toHaveLength(2);
  });

  it("cut the text into plain runs and spans that cover it exactly once", () => {
    const segments = segmentText(text, [london, ada]);
    expect(segments).toEqual([
      { start: 0, end: 12, spanIndex: 1 },
      { start: 12, end: 35, spanIndex: null },
      { start: 35, end: 41, spanIndex: 0 },
      { start: 41, end: 43, spanIndex: null },
    ]);
    expect(segments.map((segment) => text.slice(segment.start, segment.end)).join("")).toBe(text);
  });

  it("leave out of the runs a stored span that overlaps an earlier one, or lies past the text", () => {
    const segments = segmentText(text, [ada, { label: "PER", start: 4, end: 20 }, { label: "X", start: 100, end: 120 }]);
    expect(segments.map((segment) => segment.spanIndex)).toEqual([0, null]);
    expect(segmentText("", [ada])).toEqual([]);
  });

  it("find the next occurrence of typed text that is not labeled yet", () => {
    const twice = "Paris in spring; Paris in autumn.";
    expect(findOccurrence(twice, "paris", [])).toEqual({ start: 0, end: 5 });
    expect(findOccurrence(twice, " Paris ", [{ label: "LOC", start: 0, end: 5 }])).toEqual({ start: 17, end: 22 });
    expect(findOccurrence(twice, "Paris", [{ label: "LOC", start: 0, end: 5 }, { label: "LOC", start: 17, end: 22 }])).toEqual({ start: 0, end: 5 });
    expect(findOccurrence(twice, "Rome", [])).toBeNull();
    expect(findOccurrence(twice, "  ", [])).toBeNull();
  });

  it("shorten long excerpts", () => {
    expect(excerpt(text, ada)).toBe("Ada Lovelace");
    expect(excerpt(text, { start: 0, end: 43 }, 10)).toBe("Ada Lovel…");
  });
});
