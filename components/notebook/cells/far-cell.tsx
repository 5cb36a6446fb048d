import { memo } from "react";
import type { TCellState } from "../state/types";
import { estimateHeight } from "./cell-height";
import styles from "./cell.module.css";

const TYPE_LABEL = { code: "code", markdown: "Markdown", raw: "raw" } as const;

export function cellLabel(cell: TCellState, index: number) {
  return `Cell ${index + 1}, ${TYPE_LABEL[cell.type]}`;
}

export function promptOf(cell: TCellState) {
  if (cell.type !== "code") return "";
  const status = cell.execution?.status;
  if (status === "queued" || status === "running") return "[*]";
  return `[${cell.executionCount ?? " "}]`;
}

/** What a cell far from the screen shows: its prompt and its text, in a box of about its height. */
export function FarCellContent({ cell }: { cell: TCellState }) {
  return (
    <>
      <span className={styles.gutter}>
        <span className={styles.prompt}>{promptOf(cell)}</span>
      </span>
      <pre className={styles.farText}>{cell.source}</pre>
    </>
  );
}

/**
 * A cell that is not live yet (use-live-cells.ts): a far cell's box, without the state,
 * subscriptions and observers of a CellView, so that it costs next to nothing to hydrate.
 */
export const CellPlaceholder = memo(function CellPlaceholder({ cell, index }: { cell: TCellState; index: number }) {
  return (
    <div
      className={styles.cell}
      data-cell-id={cell.id}
      data-cell-type={cell.type}
      tabIndex={-1}
      style={{ height: estimateHeight(cell) }}
      data-far=""
      role="group"
      aria-label={cellLabel(cell, index)}
    >
      <FarCellContent cell={cell} />
    </div>
  );
});
