"use client";
import { ArrowDownIcon, ArrowUpIcon, MoreIcon, PlayIcon, TrashIcon } from "../icons";
import { Menu } from "../menu";
import type { TCellState } from "../state/types";
import { useController } from "../state/use-notebook-store";
import styles from "./cell.module.css";

/** A cell's own buttons, shown on the selected cell and on hover. */
export function CellToolbar({ cell, isSelected }: { cell: TCellState; isSelected: boolean }) {
  const controller = useController();
  const { id } = cell;
  if (!controller.canEdit && !controller.canRun) return null;
  return (
    <div className={styles.toolbar} data-visible={isSelected ? "" : undefined}>
      {controller.canRun && cell.type === "code" && (
        <button type="button" className={styles.toolButton} title="Run cell (Ctrl+Enter)" aria-label="Run cell" onClick={() => void controller.run(id)}>
          <PlayIcon size={14} />
        </button>
      )}
      {controller.canEdit && (
        <>
          <button type="button" className={styles.toolButton} title="Move up (Ctrl+Shift+↑)" aria-label="Move cell up" onClick={() => void controller.moveBy(id, -1)}>
            <ArrowUpIcon size={14} />
          </button>
          <button type="button" className={styles.toolButton} title="Move down (Ctrl+Shift+↓)" aria-label="Move cell down" onClick={() => void controller.moveBy(id, 1)}>
            <ArrowDownIcon size={14} />
          </button>
          <button type="button" className={styles.toolButton} title="Delete cell (D, D)" aria-label="Delete cell" onClick={() => void controller.remove(id)}>
            <TrashIcon size={14} />
          </button>
        </>
      )}
      <Menu
        label="More cell actions"
        trigger={<MoreIcon size={14} />}
        triggerClassName={styles.toolButton}
        items={[
          ...(controller.canRun
            ? [
                { label: "Run all above", onSelect: () => void controller.runAbove(id) },
                { label: "Run this and below", onSelect: () => void controller.runFrom(id) },
                "separator" as const,
              ]
            : []),
          ...(controller.canEdit
            ? [
                { label: "Insert cell above", shortcut: "A", onSelect: () => void controller.insertAbove(id) },
                { label: "Insert cell below", shortcut: "B", onSelect: () => void controller.insertBelow(id) },
                { label: "Split at cursor", shortcut: "Ctrl+Shift+−", onSelect: () => void controller.splitAtCursor(id) },
                { label: "Merge with cell below", shortcut: "Shift+M", onSelect: () => void controller.mergeBelow(id) },
                "separator" as const,
                cell.type === "code"
                  ? { label: "Change to Markdown", shortcut: "M", onSelect: () => void controller.setType(id, "markdown") }
                  : { label: "Change to code", shortcut: "Y", onSelect: () => void controller.setType(id, "code") },
              ]
            : []),
        ]}
      />
    </div>
  );
}
