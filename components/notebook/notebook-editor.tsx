"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { InlineStatus } from "@/components/ui/inline-status";
import { CellList } from "./cells/cell-list";
import { setKernelAssist } from "./editor/kernel-assist";
import { NotebookController } from "./state/notebook-controller";
import { NotebookStore } from "./state/notebook-store";
import { SERVER_CELL_ACTIONS, readNotebook } from "./state/server-cell-actions";
import type { TNotebookData } from "./state/types";
import { NotebookContext, useController, useNotice } from "./state/use-notebook-store";
import { useNotebookSocket } from "./state/use-notebook-socket";
import { KernelBanner } from "./toolbar/kernel-status";
import { NotebookToolbar } from "./toolbar/notebook-toolbar";
import { ShortcutsDialog } from "./toolbar/shortcuts-dialog";
import styles from "./notebook-editor.module.css";

// Fetch Monaco while the page hydrates, not after: the first editors mount without waiting.
if (typeof window !== "undefined") void import("./editor/code-editor");

type TNotebookEditorProps = { data: TNotebookData; canEdit: boolean; canRun: boolean };

function Notice() {
  const controller = useController();
  const notice = useNotice();
  if (!notice) return null;
  return (
    <div className={styles.notice}>
      <InlineStatus tone={notice.tone}>
        <span className={styles.noticeRow}>
          {notice.text}
          <button type="button" className={styles.dismiss} onClick={() => controller.store.dismissNotice()}>
            Dismiss
          </button>
        </span>
      </InlineStatus>
    </div>
  );
}

/**
 * The notebook, live: the server's cells and outputs as the page read them, then kept in step
 * through the notebook's socket room. After a reconnect, or when someone adds, deletes or
 * moves cells, the notebook is read again and merged in without losing what is being typed.
 */
export function NotebookEditor({ data, canEdit, canRun }: TNotebookEditorProps) {
  const [controller] = useState(
    () => new NotebookController(data.id, new NotebookStore(data.cells, data.kernel), SERVER_CELL_ACTIONS, canEdit, canRun),
  );
  const [isShowingShortcuts, setIsShowingShortcuts] = useState(false);
  const reads = useRef({ isReading: false, isWanted: false, timer: undefined as ReturnType<typeof setTimeout> | undefined });

  // One read at a time; one asked for meanwhile runs after it, so the newest read is merged last.
  const reread = useCallback(
    (delay: number) => {
      const state = reads.current;
      controller.store.beginSync();
      state.isWanted = true;
      clearTimeout(state.timer);
      state.timer = setTimeout(async function read() {
        const { store } = controller;
        if (state.isReading) return;
        // A read taken while this browser's own adds, moves or deletes are on their way
        // would bring back what they changed: wait for them, and read again if one slipped in.
        if (store.hasPendingChanges()) {
          state.timer = setTimeout(read, 100);
          return;
        }
        const version = store.getStructureVersion();
        state.isReading = true;
        state.isWanted = false;
        const result = await readNotebook(controller.notebookId).catch(() => null);
        state.isReading = false;
        const isCurrent = version === store.getStructureVersion();
        if (result?.ok && isCurrent) store.mergeSnapshot(result.data.cells, result.data.kernel);
        else if (result && !result.ok && result.error.code === "not_found") store.showNotice("error", "This notebook was deleted by someone.");
        const isGone = result && !result.ok && result.error.code === "not_found";
        if (!isGone && (state.isWanted || !result?.ok || !isCurrent)) state.timer = setTimeout(read, result?.ok ? 0 : 3_000);
      }, delay);
    },
    [controller],
  );

  const liveStatus = useNotebookSocket(controller, {
    onJoined: (isFirst) => {
      // Joining took a moment after the page was read: if anything was running, outputs may
      // have come in between. After a reconnect, anything may have happened.
      if (!isFirst || controller.store.isBusy()) reread(0);
      else if (!reads.current.isWanted && !reads.current.isReading) controller.store.endSync();
    },
    onCellsChanged: () => reread(150),
  });

  useEffect(() => {
    setKernelAssist(controller.notebookId, {
      complete: (code, cursorPos) => controller.complete(code, cursorPos),
      inspect: (code, cursorPos) => controller.inspect(code, cursorPos),
    });
    return () => setKernelAssist(controller.notebookId, null);
  }, [controller]);

  // Unsaved edits: save them now, and ask before the page goes away with them.
  useEffect(() => {
    const state = reads.current;
    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (controller.store.getSaveSummary() === "saved") return;
      void controller.autosave.flushAll();
      event.preventDefault();
    }
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      clearTimeout(state.timer);
      void controller.autosave.flushAll();
    };
  }, [controller]);

  return (
    <NotebookContext value={controller}>
      <div className={styles.editor} data-notebook-id={data.id}>
        <NotebookToolbar liveStatus={liveStatus} onShowShortcuts={() => setIsShowingShortcuts(true)} />
        <KernelBanner onRestart={canRun ? () => void controller.restart() : undefined} onStart={canRun ? () => void controller.startKernel() : undefined} />
        <Notice />
        <CellList />
        <ShortcutsDialog isOpen={isShowingShortcuts} onClose={() => setIsShowingShortcuts(false)} />
      </div>
    </NotebookContext>
  );
}
