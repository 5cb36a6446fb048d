"use client";
import { memo, useCallback, useEffect, useRef } from "react";
import { OutputArea } from "../outputs/output-area";
import { GripIcon } from "../icons";
import { useCell, useCellSelection, useController, useFocusRequest } from "../state/use-notebook-store";
import { estimateHeight, rememberHeight } from "./cell-height";
import { CellInput } from "./cell-input";
import { CellToolbar } from "./cell-toolbar";
import { CellNotices } from "./cell-notices";
import { FarCellContent, cellLabel, promptOf } from "./far-cell";
import { useNearViewport } from "./use-near-viewport";
import styles from "./cell.module.css";

/** Cells rendered in full before the browser has said what is on screen (and on the server). */
const EAGER_CELLS = 24;

export const CELL_DRAG_TYPE = "application/x-mlstudio-cell";


/**
 * One cell: its execution count, its input (editor, preview or rendered Markdown), notices and
 * outputs. Far from the screen it is only a box of its height with its text, so a notebook of
 * thousands of cells renders (and hydrates) only the few one can see.
 */
export const CellView = memo(function CellView({ id, index }: { id: string; index: number }) {
  const cell = useCell(id);
  const selection = useCellSelection(id);
  const focusRequest = useFocusRequest(id);
  const controller = useController();
  const rootRef = useRef<HTMLDivElement>(null);
  const onLeave = useCallback((height: number) => rememberHeight(id, height), [id]);
  const isNear = useNearViewport(rootRef, index < EAGER_CELLS, onLeave);

  // Command mode: the cell itself holds the keyboard focus, and is scrolled into view.
  useEffect(() => {
    if (focusRequest?.target !== "cell") return;
    const root = rootRef.current;
    if (!root) return;
    root.focus({ preventScroll: true });
    root.scrollIntoView({ block: "nearest" });
  }, [focusRequest]);

  if (!cell) return null;
  const isFull = isNear || selection !== null;
  const status = cell.execution?.status;
  const isActive = status === "queued" || status === "running";
  const label = cellLabel(cell, index);

  return (
    <div
      ref={rootRef}
      className={styles.cell}
      data-cell-id={id}
      data-cell-type={cell.type}
      data-selected={selection ? "" : undefined}
      data-mode={selection ?? undefined}
      data-status={status}
      tabIndex={selection ? 0 : -1}
      style={isFull ? undefined : { height: estimateHeight(cell) }}
      data-far={isFull ? undefined : ""}
      role="group"
      aria-label={label}
      aria-current={selection ? "true" : undefined}
      onMouseDown={(event) => {
        // A click on the cell's frame selects it; a click into the editor enters edit mode there.
        if (!selection && !(event.target as HTMLElement).closest("[data-cell-editor]")) controller.store.select(id, "command");
      }}
      onFocus={(event) => {
        if (event.target === rootRef.current && selection !== "command") controller.store.select(id, "command");
      }}
    >
      {isFull ? (
        <>
          <div className={styles.gutter}>
            <span className={styles.prompt} data-prompt aria-label={isActive ? "Running or queued" : undefined}>
              {promptOf(cell)}
            </span>
            {controller.canEdit && (
              <span
                className={styles.grip}
                draggable
                title="Drag to move"
                aria-hidden="true"
                onDragStart={(event) => {
                  event.dataTransfer.setData(CELL_DRAG_TYPE, id);
                  event.dataTransfer.effectAllowed = "move";
                  if (rootRef.current) event.dataTransfer.setDragImage(rootRef.current, 24, 16);
                }}
              >
                <GripIcon size={14} />
              </span>
            )}
          </div>
          <div className={styles.main}>
            <CellInput
              cell={cell}
              label={label}
              isEditing={selection === "edit"}
              focusRequest={focusRequest?.target === "editor" ? focusRequest : null}
            />
            <CellNotices cell={cell} />
            {cell.type === "code" && <OutputArea area={cell.outputs} label={`Output of cell ${index + 1}`} />}
          </div>
          <CellToolbar cell={cell} isSelected={selection !== null} />
        </>
      ) : (
        <FarCellContent cell={cell} />
      )}
    </div>
  );
});
