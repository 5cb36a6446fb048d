// A cell's output area as Jupyter builds it from kernel messages: streams merge, clear_output
// (with its wait flag) empties the area, update_display_data replaces a display in place.
// Pure functions, so stored outputs and live ones fold the same way.
import type { TKernelOutput } from "@/lib/protocol/kernel-output";

export type TMimeBundle = Record<string, unknown>;

export type TStreamItem = { kind: "stream"; name: "stdout" | "stderr"; text: string; newlines: number };
export type TDisplayItem = {
  kind: "display";
  data: TMimeBundle;
  metadata: Record<string, unknown>;
  displayId: string | null;
  /** Set for execute_result: the [n] of the result. */
  executionCount: number | null;
};
export type TErrorItem = { kind: "error"; ename: string; evalue: string; traceback: string[] };
export type TOutputItem = TStreamItem | TDisplayItem | TErrorItem;

export type TOutputArea = {
  items: TOutputItem[];
  /** clear_output(wait=True) was received: the next output replaces everything. */
  isClearPending: boolean;
};

export const EMPTY_AREA: TOutputArea = { items: [], isClearPending: false };

function countNewlines(text: string) {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** A terminal's carriage return: "10%\r20%" shows "20%". Keeps a trailing \r for the next chunk. */
export function resolveCarriageReturns(text: string) {
  return text
    .replace(/\r+\n/g, "\n")
    .split("\n")
    .map((line) => {
      if (!line.includes("\r")) return line;
      const isPending = line.endsWith("\r");
      const parts = line.split("\r").filter((part, index, all) => part !== "" || index === all.length - 1);
      const shown = parts.reduce((base, insert) => insert + base.slice(insert.length));
      return isPending ? `${shown}\r` : shown;
    })
    .join("\n");
}

function appendStream(item: TStreamItem, chunk: string): TStreamItem {
  if (!chunk.includes("\r") && !item.text.endsWith("\r")) {
    return { ...item, text: item.text + chunk, newlines: item.newlines + countNewlines(chunk) };
  }
  // Only the last line can be overwritten by a carriage return.
  const start = item.text.lastIndexOf("\n") + 1;
  const tail = resolveCarriageReturns(item.text.slice(start) + chunk);
  return { ...item, text: item.text.slice(0, start) + tail, newlines: item.newlines + countNewlines(tail) };
}

function newStream(name: "stdout" | "stderr", text: string): TStreamItem {
  const resolved = text.includes("\r") ? resolveCarriageReturns(text) : text;
  return { kind: "stream", name, text: resolved, newlines: countNewlines(resolved) };
}

/** The display ids an output area holds, to find the displays an update targets. */
export function displayIdsOf(area: TOutputArea) {
  const ids: string[] = [];
  for (const item of area.items) if (item.kind === "display" && item.displayId) ids.push(item.displayId);
  return ids;
}

/** Replaces, in place, every display with this id (update_display_data). */
export function updateDisplay(area: TOutputArea, displayId: string, data: TMimeBundle, metadata: Record<string, unknown>): TOutputArea {
  let isChanged = false;
  const items = area.items.map((item) => {
    if (item.kind !== "display" || item.displayId !== displayId) return item;
    isChanged = true;
    return { ...item, data, metadata };
  });
  return isChanged ? { ...area, items } : area;
}

/** Folds one kernel message into the area. Returns the same object when nothing changed. */
export function applyOutput(area: TOutputArea, output: TKernelOutput): TOutputArea {
  if (output.msg_type === "clear_output") {
    return output.content.wait ? { items: area.items, isClearPending: true } : EMPTY_AREA;
  }
  if (output.msg_type === "update_display_data") {
    const { transient, data, metadata } = output.content;
    return updateDisplay(area, transient.display_id, data, metadata ?? {});
  }
  const items = area.isClearPending ? [] : area.items;
  const last = items.at(-1);
  switch (output.msg_type) {
    case "stream": {
      const { name, text } = output.content;
      if (last?.kind === "stream" && last.name === name) return { items: [...items.slice(0, -1), appendStream(last, text)], isClearPending: false };
      return { items: [...items, newStream(name, text)], isClearPending: false };
    }
    case "display_data":
    case "execute_result": {
      const { data, metadata, transient } = output.content;
      const item: TDisplayItem = {
        kind: "display",
        data,
        metadata: metadata ?? {},
        displayId: transient?.display_id ?? null,
        executionCount: output.msg_type === "execute_result" ? output.content.execution_count : null,
      };
      return { items: [...items, item], isClearPending: false };
    }
    case "error": {
      const { ename, evalue, traceback } = output.content;
      return { items: [...items, { kind: "error", ename, evalue, traceback }], isClearPending: false };
    }
  }
}

export function foldOutputs(outputs: Iterable<TKernelOutput>, start: TOutputArea = EMPTY_AREA) {
  let area = start;
  for (const output of outputs) area = applyOutput(area, output);
  return area;
}

// ── Truncation ──────────────────────────────────────────────────────────────

export const MAX_SHOWN_LINES = 2_000;
export const MAX_SHOWN_CHARS = 1_000_000;

/**
 * The part of a long text to show: its last lines (where a running cell's news is), up to
 * both limits, and how many lines were left out.
 */
export function tailOfText(text: string, newlines: number, maxLines = MAX_SHOWN_LINES, maxChars = MAX_SHOWN_CHARS) {
  const lineCount = newlines + (text.length > 0 && !text.endsWith("\n") ? 1 : 0);
  if (lineCount <= maxLines && text.length <= maxChars) return { shown: text, hiddenLines: 0 };
  // Back over maxLines line breaks, not counting one that ends the text.
  let position = text.endsWith("\n") ? text.length - 1 : text.length;
  let begin = 0;
  for (let line = 0; line < maxLines; line++) {
    const lineBreak = text.lastIndexOf("\n", position - 1);
    if (lineBreak < 0) {
      begin = 0;
      break;
    }
    position = lineBreak;
    begin = lineBreak + 1;
  }
  if (text.length - begin > maxChars) {
    // Start at a line's beginning; cut one huge line in the middle only if it has to be.
    const lineBreak = text.indexOf("\n", text.length - maxChars);
    begin = lineBreak >= 0 && lineBreak < text.length - 1 ? lineBreak + 1 : text.length - maxChars;
  }
  const shown = text.slice(begin);
  const shownLines = countNewlines(shown) + (shown.length > 0 && !shown.endsWith("\n") ? 1 : 0);
  return { shown, hiddenLines: Math.max(0, lineCount - shownLines) };
}
