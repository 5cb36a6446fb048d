"use client";
import type { TCellState } from "../state/types";
import { useController } from "../state/use-notebook-store";
import styles from "./cell.module.css";

const ENDINGS: Partial<Record<string, string>> = {
  dead: "The kernel died while this cell ran. Restart the kernel to go on; the notebook is intact.",
  lost: "Worker lost: the machine running this cell disconnected. Run it again to start a kernel on another worker.",
  aborted: "Not run: a cell before it failed.",
};

/** What the person must know about this cell: a conflicting edit, a failed save, how its run ended. */
export function CellNotices({ cell }: { cell: TCellState }) {
  const controller = useController();
  const status = cell.execution?.status;
  return (
    <>
      {cell.conflict && (
        <div className={`${styles.notice} ${styles.conflict}`} role="alert">
          <p>
            <strong>{cell.conflict.savedBy}</strong> saved a different version of this cell while you were editing it. Yours is not saved
            yet.
          </p>
          <details className={styles.theirs}>
            <summary>Show their version</summary>
            <pre>{cell.conflict.source}</pre>
          </details>
          <div className={styles.noticeActions}>
            <button type="button" className={styles.noticeButton} onClick={() => controller.resolveConflict(cell.id, "mine")}>
              Keep mine
            </button>
            <button type="button" className={styles.noticeButton} onClick={() => controller.resolveConflict(cell.id, "theirs")}>
              Use theirs
            </button>
          </div>
        </div>
      )}
      {cell.save === "error" && cell.saveError && (
        <div className={`${styles.notice} ${styles.failed}`} role="alert">
          Not saved: {cell.saveError} Your text is kept here and saving will be tried again.
        </div>
      )}
      {status && ENDINGS[status] && (
        <div className={`${styles.notice} ${styles.failed}`} role="status" data-ending={status}>
          {ENDINGS[status]}
        </div>
      )}
    </>
  );
}
