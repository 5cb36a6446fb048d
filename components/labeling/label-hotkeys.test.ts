import { describe, expect, it } from "vitest";
import { isTypingTarget, labelForHotkey, nextChoices, textColorOn } from "./label-hotkeys";

const labels = [
  { name: "cat", color: "#e5484d", hotkey: "c" },
  { name: "dog", color: "#3e63dd", hotkey: "2" },
  { name: "other", color: "#ffe629" },
];

describe("label hotkeys", () => {
  it("find the label of a bare key", () => {
    expect(labelForHotkey(labels, "c")?.name).toBe("cat");
    expect(labelForHotkey(labels, "2")?.name).toBe("dog");
  });

  it("find nothing for other keys, Shift-letters or named keys", () => {
    expect(labelForHotkey(labels, "x")).toBeUndefined();
    expect(labelForHotkey(labels, "C")).toBeUndefined();
    expect(labelForHotkey(labels, "Enter")).toBeUndefined();
  });

  it("ignore keys typed into text fields and editable content", () => {
    expect(isTypingTarget({ tagName: "INPUT", type: "text" } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: "INPUT", type: "search" } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: "TEXTAREA" } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: "SELECT" } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", isContentEditable: true } as unknown as EventTarget)).toBe(true);
  });

  it("still work from buttons, checkboxes and the page itself", () => {
    expect(isTypingTarget({ tagName: "INPUT", type: "checkbox" } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget({ tagName: "BUTTON" } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget({ tagName: "DIV", isContentEditable: false } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe("choices", () => {
  it("replace the choice in single-label mode", () => {
    expect(nextChoices(labels, ["cat"], "dog", false)).toEqual(["dog"]);
    expect(nextChoices(labels, ["cat"], "cat", false)).toEqual(["cat"]);
  });

  it("toggle in multi-label mode, kept in the labels' order", () => {
    expect(nextChoices(labels, ["other"], "cat", true)).toEqual(["cat", "other"]);
    expect(nextChoices(labels, ["cat", "other"], "cat", true)).toEqual(["other"]);
  });

  it("keep a stored choice that is no longer a label", () => {
    expect(nextChoices(labels, ["gone"], "dog", true)).toEqual(["dog", "gone"]);
  });
});

describe("text on a label's colour", () => {
  it("is dark on light colours and white on dark ones", () => {
    expect(textColorOn("#ffe629")).toBe("#141a24");
    expect(textColorOn("#ffffff")).toBe("#141a24");
    expect(textColorOn("#1f2a7a")).toBe("#ffffff");
    expect(textColorOn("#000000")).toBe("#ffffff");
  });
});
