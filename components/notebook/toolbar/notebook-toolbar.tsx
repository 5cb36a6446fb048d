"use client";
import type { TLiveStatus } from "@/components/live/use-room-event";
import type { MouseEvent } from "react";
import { CheckIcon, DownloadIcon, KeyboardIcon, MoreIcon, PlayIcon, PlusIcon, RestartIcon, RunAllIcon, StopIcon } from "../icons";
import { Menu } from "../menu";
import type { TCellType } from "../state/types";
import { useCell, useController, useKernel, useSaveSummary, useSelection } from "../state/use-notebook-store";
import { KernelStatus } from "./kernel-status";
import styles from "./toolbar.module.css";

const SAVE_LABEL = { saved: "Saved", dirty: "Saving…", saving: "Saving…", error: "Not saved", conflict: "Conflict" } as const;
const LIVE_LABEL: Record<TLiveStatus, string> = { connecting: "Connecting…", live: "Live", offline: "Offline" };

function SaveStatus() {
  const summary = useSaveSummary();
  return (
    <span className={styles.save} data-save-status={summary} role="status">
      {summary === "saved" && <CheckIcon size={14} />}
      {SAVE_LABEL[summary]}
    </span>
  );
}

function CellTypeSelect({ cellId }: { cellId: string }) {
  const controller = useController();
  const cell = useCell(cellId);
  if (!cell) return null;
  return (
    <select
      className={styles.typeSelect}
      aria-label="Cell type"
      value={cell.type}
      disabled={!controller.canEdit}
      onChange={(event) => void controller.setType(cellId, event.target.value as TCellType)}
    >
      <option value="code">Code</option>
      <option value="markdown">Markdown</option>
      <option value="raw">Raw</option>
    </select>
  );
}

/** The notebook as a .ipynb file; edits still being saved are saved first, so the file has them. */
function DownloadLink() {
  const controller = useController();
  const href = `/api/v1/notebooks/${controller.notebookId}/ipynb`;
  async function saveFirst(event: MouseEvent<HTMLAnchorElement>) {
    if (!controller.autosave.hasPending()) return;
    const link = event.currentTarget;
    event.preventDefault();
    await controller.autosave.flushAll();
    // Nothing is pending now: this click downloads.
    link.click();
  }
  return (
    <a href={href} download className={`${styles.button} ${styles.iconOnly}`} onClick={(event) => void saveFirst(event)} aria-label="Download .ipynb" title="Download .ipynb">
      <DownloadIcon size={16} />
    </a>
  );
}

/** Run, interrupt, restart, add cells; the kernel's state, whether edits are saved, whether updates are live. */
export function NotebookToolbar({ liveStatus, onShowShortcuts }: { liveStatus: TLiveStatus; onShowShortcuts: () => void }) {
  const controller = useController();
  const { selectedId } = useSelection();
  const kernel = useKernel();
  const hasKernel = !["none", "stopped", "dead", "lost"].includes(kernel.state);
  const insertAt = () => (selectedId ? controller.store.indexOf(selectedId) + 1 : controller.store.getOrder().length);

  return (
    <div className={styles.toolbar} role="toolbar" aria-label="Notebook">
      <div className={styles.group}>
        {controller.canRun && (
          <>
            <button
              type="button"
              className={`${styles.button} ${styles.primary}`}
              disabled={!selectedId}
              onClick={() => selectedId && void controller.run(selectedId, "advance")}
              title="Run the selected cell and select the next (Shift+Enter)"
            >
              <PlayIcon size={14} />
              Run
            </button>
            <button type="button" className={styles.button} onClick={() => void controller.runAll()} title="Run all cells">
              <RunAllIcon size={14} />
              Run all
            </button>
            <button
              type="button"
              className={styles.button}
              onClick={() => void controller.interrupt()}
              disabled={!hasKernel}
              title="Interrupt the kernel (I, I)"
            >
              <StopIcon size={14} />
              Interrupt
            </button>
            <button
              type="button"
              className={styles.button}
              onClick={() => void controller.restart()}
              disabled={!hasKernel && kernel.state !== "dead"}
              title="Restart the kernel: its variables are lost (0, 0)"
            >
              <RestartIcon size={14} />
              Restart
            </button>
            <Menu
              label="More run commands"
              trigger={<MoreIcon size={16} />}
              triggerClassName={`${styles.button} ${styles.iconOnly}`}
              items={[
                { label: "Restart and run all", onSelect: () => void controller.restartAndRunAll() },
                { label: "Run all above", isDisabled: !selectedId, onSelect: () => selectedId && void controller.runAbove(selectedId) },
                { label: "Run selected and below", isDisabled: !selectedId, onSelect: () => selectedId && void controller.runFrom(selectedId) },
                "separator",
                { label: "Start kernel", isDisabled: hasKernel, onSelect: () => void controller.startKernel() },
                { label: "Shut down kernel", isDisabled: !hasKernel, onSelect: () => void controller.shutdown() },
              ]}
            />
          </>
        )}
        {controller.canEdit && (
          <>
            <span className={styles.divider} aria-hidden="true" />
            <button type="button" className={styles.button} onClick={() => void controller.insert(insertAt(), "code", "", { edit: true })} title="Add a code cell below (B)">
              <PlusIcon size={14} />
              Code
            </button>
            <button type="button" className={styles.button} onClick={() => void controller.insert(insertAt(), "markdown", "", { edit: true })} title="Add a Markdown cell below">
              <PlusIcon size={14} />
              Markdown
            </button>
            {selectedId && <CellTypeSelect cellId={selectedId} />}
          </>
        )}
      </div>
      <div className={styles.group}>
        {controller.canEdit && <SaveStatus />}
        <span className={`${styles.live} ${styles[liveStatus]}`} data-live-status={liveStatus} title="Whether outputs and changes arrive live">
          <span className={styles.liveDot} aria-hidden="true" />
          {LIVE_LABEL[liveStatus]}
        </span>
        <KernelStatus />
        <DownloadLink />
        <button type="button" className={`${styles.button} ${styles.iconOnly}`} onClick={onShowShortcuts} aria-label="Keyboard shortcuts" title="Keyboard shortcuts">
          <KeyboardIcon size={16} />
        </button>
      </div>
    </div>
  );
}
