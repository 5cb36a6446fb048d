"use client";
import { useRef, type DragEvent, type KeyboardEvent } from "react";
import { PlusIcon } from "../icons";
import { useCellOrder, useController } from "../state/use-notebook-store";
import { CELL_DRAG_TYPE, CellView } from "./cell-view";
import { CellPlaceholder } from "./far-cell";
import { useLiveCells } from "./use-live-cells";
import styles from "./cell-list.module.css";

const DOUBLE_PRESS_MS = 600;

/** The cells, Jupyter's command-mode keys, and moving cells by dragging them. */
export function CellList() {
  const controller = useController();
  const order = useCellOrder();
  const isLive = useLiveCells(order);
  const lastKey = useRef<{ key: string; at: number } | null>(null);
  const dropTarget = useRef<HTMLElement | null>(null);

  function isDoublePress(key: string) {
    const now = performance.now();
    const isDouble = lastKey.current?.key === key && now - lastKey.current.at < DOUBLE_PRESS_MS;
    lastKey.current = isDouble ? null : { key, at: now };
    return isDouble;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    // Command mode is a cell itself holding focus; keys in an editor or a button are theirs.
    const id = target.dataset.cellId;
    if (!id || !target.matches("[data-cell-id]")) return;
    const { canEdit } = controller;
    const isCtrl = event.ctrlKey || event.metaKey;
    const key = event.key;
    let isHandled = true;
    if (key === "Enter" && event.shiftKey) void controller.run(id, "advance");
    else if (key === "Enter" && isCtrl) void controller.run(id, "stay");
    else if (key === "Enter" && event.altKey) void controller.run(id, "insert");
    else if (key === "Enter") controller.edit(id, "end");
    else if (isCtrl && event.shiftKey && key === "ArrowUp") void controller.moveBy(id, -1);
    else if (isCtrl && event.shiftKey && key === "ArrowDown") void controller.moveBy(id, 1);
    else if (isCtrl || event.altKey) isHandled = false;
    else if (key === "ArrowUp" || key === "k" || key === "K") controller.selectBy(-1);
    else if (key === "ArrowDown" || key === "j" || key === "J") controller.selectBy(1);
    else if (key === "a" && canEdit) void controller.insertAbove(id);
    else if (key === "b" && canEdit) void controller.insertBelow(id);
    else if (key === "d" && canEdit) {
      if (isDoublePress("d")) void controller.remove(id);
    } else if (key === "z" && canEdit) void controller.undoDelete();
    else if (key === "m" && canEdit) void controller.setType(id, "markdown");
    else if (key === "y" && canEdit) void controller.setType(id, "code");
    else if (key === "r" && canEdit) void controller.setType(id, "raw");
    else if (key === "M" && canEdit) void controller.mergeBelow(id);
    else if (key === "i" || key === "I") {
      if (isDoublePress("i")) void controller.interrupt();
    } else if (key === "0") {
      if (isDoublePress("0")) void controller.restart();
    } else isHandled = false;
    if (isHandled) event.preventDefault();
  }

  function cellAt(event: DragEvent) {
    return (event.target as HTMLElement).closest<HTMLElement>("[data-cell-id]");
  }

  function clearDrop() {
    dropTarget.current?.removeAttribute("data-drop");
    dropTarget.current = null;
  }

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    if (!event.dataTransfer.types.includes(CELL_DRAG_TYPE)) return;
    const cell = cellAt(event);
    if (!cell) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    const rect = cell.getBoundingClientRect();
    const place = event.clientY < rect.top + rect.height / 2 ? "before" : "after";
    if (dropTarget.current !== cell) clearDrop();
    dropTarget.current = cell;
    cell.dataset.drop = place;
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    const movedId = event.dataTransfer.getData(CELL_DRAG_TYPE);
    const cell = cellAt(event);
    const place = cell?.dataset.drop;
    clearDrop();
    if (!movedId || !cell?.dataset.cellId || !place) return;
    event.preventDefault();
    const from = controller.store.indexOf(movedId);
    let to = controller.store.indexOf(cell.dataset.cellId) + (place === "after" ? 1 : 0);
    if (from < to) to -= 1;
    void controller.moveTo(movedId, to);
  }

  return (
    <div
      className={styles.list}
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDrop={onDrop}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) clearDrop();
      }}
      onDragEnd={clearDrop}
      data-notebook-cells
    >
      {order.map((id, index) =>
        isLive(id) ? <CellView key={id} id={id} index={index} /> : <CellPlaceholder key={id} cell={controller.store.getCell(id)!} index={index} />,
      )}
      {controller.canEdit && (
        <div className={styles.addRow}>
          <button type="button" className={styles.addButton} onClick={() => void controller.insert(order.length, "code", "", { edit: true })}>
            <PlusIcon size={14} />
            Code
          </button>
          <button type="button" className={styles.addButton} onClick={() => void controller.insert(order.length, "markdown", "", { edit: true })}>
            <PlusIcon size={14} />
            Markdown
          </button>
        </div>
      )}
    </div>
  );
}
