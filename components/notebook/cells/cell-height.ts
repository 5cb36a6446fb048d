// How tall a cell is while it is not rendered (far from the screen): as measured when it
// last was, else an estimate from its text and outputs, so the page's scroll height is close
// to right and the scrollbar does not jump much as cells come into view.
import { contentHeight } from "../editor/metrics";
import type { TCellState } from "../state/types";

const OUTPUT_LINE = 19;
const measured = new Map<string, number>();

export function rememberHeight(cellId: string, height: number) {
  if (height > 0) measured.set(cellId, Math.round(height));
}

export function estimateHeight(cell: TCellState) {
  const known = measured.get(cell.id);
  if (known) return known;
  const frame = 18; // the cell's padding and border
  if (cell.type === "markdown") return frame + 16 + cell.source.split("\n").length * 26;
  let outputs = 0;
  for (const item of cell.outputs.items) {
    if (item.kind === "stream") outputs += Math.min((item.newlines + 1) * OUTPUT_LINE, 480);
    else if (item.kind === "error") outputs += (item.traceback.join("\n").split("\n").length + 1) * OUTPUT_LINE + 16;
    else if (item.data["image/png"] || item.data["image/jpeg"] || item.data["image/svg+xml"]) outputs += 300;
    else if (item.data["text/html"]) outputs += 160;
    else outputs += 3 * OUTPUT_LINE;
    outputs += 8;
  }
  return frame + contentHeight(cell.source) + 2 + (outputs ? outputs + 16 : 0);
}
