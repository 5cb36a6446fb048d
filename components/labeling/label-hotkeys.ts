// Label hotkeys: one letter or digit per label (results.ts). The page listens for them on the
// window; the box annotator answers them first while a box is selected.
import type { TLabel } from "@/lib/labeling/results";

/** The label a key picks. Only the bare key: Shift+C is not "c", so Shift-keys stay free for commands. */
export function labelForHotkey(labels: readonly TLabel[], key: string): TLabel | undefined {
  if (key.length !== 1) return undefined;
  return labels.find((label) => label.hotkey === key);
}

type TModifierKeys = { ctrlKey: boolean; metaKey: boolean; altKey: boolean };

/** Whether a key event carries a modifier that makes it a browser or system shortcut. */
export const hasCommandModifier = (event: TModifierKeys) => event.ctrlKey || event.metaKey || event.altKey;

// Inputs one does not type into: a hotkey pressed while one of them has focus is still a hotkey.
const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file", "image"]);

type TTargetLike = { tagName?: string; type?: string; isContentEditable?: boolean } | null;

/** Whether a key went to something the user types into, where a letter is a letter. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as TTargetLike;
  if (!element || typeof element.tagName !== "string") return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === "textarea" || tag === "select") return true;
  return tag === "input" && !NON_TEXT_INPUTS.has((element.type ?? "text").toLowerCase());
}

/** A choice clicked or keyed: single-label replaces, multi-label toggles; kept in the labels' order. */
export function nextChoices(labels: readonly TLabel[], value: readonly string[], name: string, multiple: boolean): string[] {
  if (!multiple) return [name];
  const chosen = new Set(value);
  if (chosen.has(name)) chosen.delete(name);
  else chosen.add(name);
  const known = labels.map((label) => label.name).filter((labelName) => chosen.has(labelName));
  // Names no longer among the labels are kept rather than silently dropped from the result.
  return [...known, ...value.filter((old) => chosen.has(old) && !known.includes(old))];
}

/** The text (black or white) that reads best on a label's colour. */
export function textColorOn(hex: string): string {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // The luminance where black and white text have the same contrast.
  return luminance > 0.179 ? "#141a24" : "#ffffff";
}
