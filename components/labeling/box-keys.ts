// The box annotator's keyboard map, as data: a key event becomes a command, which the
// component applies. Kept apart from React so the whole map is testable.
import type { TLabel } from "@/lib/labeling/results";
import { hasCommandModifier, labelForHotkey } from "./label-hotkeys";

export type TBoxCommand =
  | { kind: "move"; dx: number; dy: number }
  | { kind: "resize"; dWidth: number; dHeight: number }
  | { kind: "delete" }
  | { kind: "select"; direction: 1 | -1 }
  | { kind: "deselect" }
  | { kind: "new-box" }
  | { kind: "relabel"; label: string }
  | { kind: "zoom"; factor: number }
  | { kind: "fit" };

type TKey = { key: string; shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean };

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
export const ZOOM_STEP = 1.25;

/** Steps are in image pixels; Shift makes them ten. Null: not a key of the annotator, let it be. */
export function boxCommandForKey(event: TKey, labels: readonly TLabel[], hasSelection: boolean): TBoxCommand | null {
  const arrow = ARROWS[event.key];
  if (arrow && !event.ctrlKey && !event.metaKey) {
    if (!hasSelection) return null;
    const step = event.shiftKey ? 10 : 1;
    if (event.altKey) return { kind: "resize", dWidth: arrow[0] * step, dHeight: arrow[1] * step };
    return { kind: "move", dx: arrow[0] * step, dy: arrow[1] * step };
  }
  if (event.key === "Tab" && !hasCommandModifier(event)) return { kind: "select", direction: event.shiftKey ? -1 : 1 };
  if (hasCommandModifier(event)) return null;
  if (event.key === "Delete" || event.key === "Backspace") return hasSelection ? { kind: "delete" } : null;
  if (event.key === "Escape") return hasSelection ? { kind: "deselect" } : null;
  // A label's hotkey relabels the selected box; with none selected it is the page's (active label).
  const label = labelForHotkey(labels, event.key);
  if (label) return hasSelection ? { kind: "relabel", label: label.name } : null;
  // Shift+B always draws, for projects where "b" is a label's hotkey.
  if (event.key === "b" || event.key === "B") return { kind: "new-box" };
  if (event.key === "+" || event.key === "=") return { kind: "zoom", factor: ZOOM_STEP };
  if (event.key === "-" || event.key === "_") return { kind: "zoom", factor: 1 / ZOOM_STEP };
  if (event.key === "0") return { kind: "fit" };
  return null;
}

/**
 * Tab's next selection, or "leave" past the last box (Shift+Tab: before the first), so focus
 * moves on to the rest of the page instead of being trapped in the annotator.
 */
export function nextSelection(selected: number | null, count: number, direction: 1 | -1): number | "leave" {
  if (count === 0) return "leave";
  if (selected === null || selected >= count) return direction === 1 ? 0 : count - 1;
  const next = selected + direction;
  return next < 0 || next >= count ? "leave" : next;
}
