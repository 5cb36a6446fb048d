"use client";
import { memo, useMemo, useRef } from "react";
import type { TEditorKeys } from "../editor/code-editor";
import { contentHeight } from "../editor/metrics";
import { MarkdownView } from "../markdown/markdown-view";
import type { TFocusRequest } from "../state/notebook-store";
import type { TCellState } from "../state/types";
import { useController } from "../state/use-notebook-store";
import { endEditorTurn, useEditorTurn } from "./editor-turns";
import { EditorPlaceholderContext, LazyCodeEditor } from "./lazy-code-editor";
import { useNearViewport } from "./use-near-viewport";
import styles from "./cell.module.css";

type TCellInputProps = { cell: TCellState; label: string; isEditing: boolean; focusRequest: TFocusRequest | null };

/** Editors mount once the browser says the cell is near the screen, never on the server. */

/**
 * The cell's text: Monaco when the cell is on or near the screen (or being edited), else the
 * same text as plain preformatted text at the same height, so a notebook of thousands of cells
 * mounts only the editors one can see. Markdown shows rendered until edited.
 */
export const CellInput = memo(function CellInput({ cell, label, isEditing, focusRequest }: TCellInputProps) {
  const controller = useController();
  const ref = useRef<HTMLDivElement>(null);
  const isNear = useNearViewport(ref);
  // Near the screen, its editor is made when its turn comes (editor-turns.ts); being edited, at once.
  const shouldMount = useEditorTurn(cell.id, isNear && cell.type !== "markdown", isEditing);
  const { id, type, source, attachments } = cell;

  const keys = useMemo<TEditorKeys>(
    () => ({
      runAndAdvance: () => void controller.run(id, "advance"),
      run: () => void controller.run(id, "stay"),
      runAndInsert: () => void controller.run(id, "insert"),
      commandMode: () => controller.commandMode(id),
      split: (offset) => void controller.split(id, offset),
      moveUp: () => void controller.moveBy(id, -1),
      moveDown: () => void controller.moveBy(id, 1),
      leaveUp: () => controller.selectBy(-1, "edit"),
      leaveDown: () => controller.selectBy(1, "edit"),
    }),
    [controller, id],
  );

  if (type === "markdown" && !isEditing) {
    return (
      <div
        ref={ref}
        className={styles.rendered}
        onDoubleClick={() => controller.canEdit && controller.edit(id, "end")}
        title={controller.canEdit ? "Double-click or press Enter to edit" : undefined}
      >
        {source.trim() ? <MarkdownView source={source} attachments={attachments} /> : <p className={styles.emptyMarkdown}>Empty Markdown cell. Double-click to write.</p>}
      </div>
    );
  }

  const preview = (
    <pre className={styles.preview} style={{ height: contentHeight(source) }} aria-label={label}>
      {source}
    </pre>
  );
  return (
    <div
      ref={ref}
      className={styles.input}
      data-cell-input
      onMouseDown={() => {
        if (!shouldMount && controller.canEdit) controller.edit(id, "end");
      }}
    >
      {shouldMount ? (
        <EditorPlaceholderContext value={preview}>
          <LazyCodeEditor
            notebookId={controller.notebookId}
            cellId={id}
            language={type === "code" ? "python" : type === "markdown" ? "markdown" : "plaintext"}
            source={source}
            onChange={(value) => controller.setSource(id, value)}
            focusRequest={focusRequest}
            onFocus={() => controller.store.select(id, "edit")}
            onCursor={(offset) => controller.cursors.set(id, offset)}
            onReady={() => endEditorTurn(id, true)}
            keys={keys}
            isReadOnly={!controller.canEdit}
            placeholder={preview}
            label={label}
          />
        </EditorPlaceholderContext>
      ) : (
        preview
      )}
    </div>
  );
});
