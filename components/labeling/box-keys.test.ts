import { describe, expect, it } from "vitest";
import { boxCommandForKey, nextSelection, ZOOM_STEP } from "./box-keys";

const labels = [
  { name: "cat", color: "#e5484d", hotkey: "c" },
  { name: "dog", color: "#3e63dd", hotkey: "1" },
];
const key = (key: string, modifiers: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe("the box annotator's keys", () => {
  it("move the selected box a pixel, ten with Shift", () => {
    expect(boxCommandForKey(key("ArrowRight"), labels, true)).toEqual({ kind: "move", dx: 1, dy: 0 });
    expect(boxCommandForKey(key("ArrowUp", { shiftKey: true }), labels, true)).toEqual({ kind: "move", dx: 0, dy: -10 });
  });

  it("resize it with Alt, ten pixels with Shift+Alt", () => {
    expect(boxCommandForKey(key("ArrowLeft", { altKey: true }), labels, true)).toEqual({ kind: "resize", dWidth: -1, dHeight: 0 });
    expect(boxCommandForKey(key("ArrowDown", { altKey: true, shiftKey: true }), labels, true)).toEqual({ kind: "resize", dWidth: 0, dHeight: 10 });
  });

  it("leave arrows, Delete and Escape to the page when no box is selected", () => {
    expect(boxCommandForKey(key("ArrowRight"), labels, false)).toBeNull();
    expect(boxCommandForKey(key("Delete"), labels, false)).toBeNull();
    expect(boxCommandForKey(key("Escape"), labels, false)).toBeNull();
  });

  it("delete with Delete or Backspace and deselect with Escape", () => {
    expect(boxCommandForKey(key("Delete"), labels, true)).toEqual({ kind: "delete" });
    expect(boxCommandForKey(key("Backspace"), labels, true)).toEqual({ kind: "delete" });
    expect(boxCommandForKey(key("Escape"), labels, true)).toEqual({ kind: "deselect" });
  });

  it("relabel the selected box with a label's hotkey, and leave the hotkey to the page otherwise", () => {
    expect(boxCommandForKey(key("c"), labels, true)).toEqual({ kind: "relabel", label: "cat" });
    expect(boxCommandForKey(key("1"), labels, true)).toEqual({ kind: "relabel", label: "dog" });
    expect(boxCommandForKey(key("c"), labels, false)).toBeNull();
  });

  it("draw a new box with b, or Shift+B where b is a label's hotkey", () => {
    expect(boxCommandForKey(key("b"), labels, false)).toEqual({ kind: "new-box" });
    const withB = [...labels, { name: "bird", color: "#30a46c", hotkey: "b" }];
    expect(boxCommandForKey(key("b"), withB, true)).toEqual({ kind: "relabel", label: "bird" });
    expect(boxCommandForKey(key("B", { shiftKey: true }), withB, true)).toEqual({ kind: "new-box" });
  });

  it("zoom with + and -, fit with 0", () => {
    expect(boxCommandForKey(key("+"), labels, false)).toEqual({ kind: "zoom", factor: ZOOM_STEP });
    expect(boxCommandForKey(key("-"), labels, false)).toEqual({ kind: "zoom", factor: 1 / ZOOM_STEP });
    expect(boxCommandForKey(key("0"), labels, false)).toEqual({ kind: "fit" });
  });

  it("leave browser shortcuts alone", () => {
    expect(boxCommandForKey(key("b", { ctrlKey: true }), labels, true)).toBeNull();
    expect(boxCommandForKey(key("ArrowLeft", { metaKey: true }), labels, true)).toBeNull();
    expect(boxCommandForKey(key("Tab", { ctrlKey: true }), labels, true)).toBeNull();
    expect(boxCommandForKey(key("Delete", { metaKey: true }), labels, true)).toBeNull();
  });

  it("cycle the selection with Tab and Shift+Tab", () => {
    expect(boxCommandForKey(key("Tab"), labels, false)).toEqual({ kind: "select", direction: 1 });
    expect(boxCommandForKey(key("Tab", { shiftKey: true }), labels, true)).toEqual({ kind: "select", direction: -1 });
  });
});

describe("Tab's next selection", () => {
  it("starts at the first box forwards and the last backwards", () => {
    expect(nextSelection(null, 3, 1)).toBe(0);
    expect(nextSelection(null, 3, -1)).toBe(2);
  });

  it("steps through the boxes, then lets focus leave instead of trapping it", () => {
    expect(nextSelection(0, 3, 1)).toBe(1);
    expect(nextSelection(2, 3, 1)).toBe("leave");
    expect(nextSelection(1, 3, -1)).toBe(0);
    expect(nextSelection(0, 3, -1)).toBe("leave");
  });

  it("lets focus leave when there are no boxes, and recovers from a stale index", () => {
    expect(nextSelection(null, 0, 1)).toBe("leave");
    expect(nextSelection(5, 2, 1)).toBe(0);
  });
});
