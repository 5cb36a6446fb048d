// Saves each cell's edits a moment after the typing stops, one save per cell at a time,
// naming the version the edit started from: a save over someone else's is a conflict the
// user resolves, never a silent overwrite.
import type { NotebookStore } from "./notebook-store";
import type { TCellActions } from "./cell-actions";
import type { TCellState } from "./types";

const DELAY_MS = 700;
const RETRY_MS = 4_000;

export class Autosave {
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private saving = new Map<string, Promise<void>>();

  constructor(
    private readonly store: NotebookStore,
    private readonly actions: Pick<TCellActions, "updateSource">,
  ) {}

  schedule(cellId: string, delay = DELAY_MS) {
    clearTimeout(this.timers.get(cellId));
    this.timers.set(
      cellId,
      setTimeout(() => {
        this.timers.delete(cellId);
        void this.save(cellId);
      }, delay),
    );
  }

  /** Saves now whatever is unsaved in the cell, and waits for it. */
  async flush(cellId: string) {
    clearTimeout(this.timers.get(cellId));
    this.timers.delete(cellId);
    await this.save(cellId);
  }

  async flushAll() {
    await Promise.all([...this.timers.keys(), ...this.saving.keys()].map((id) => this.flush(id)));
  }

  hasPending() {
    return this.timers.size > 0 || this.saving.size > 0;
  }

  dispose() {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async save(cellId: string): Promise<void> {
    const running = this.saving.get(cellId);
    if (running) {
      await running;
      return this.save(cellId);
    }
    const cell = this.store.getCell(cellId);
    if (!cell || (cell.save !== "dirty" && cell.save !== "error")) return;
    const promise = this.send(cell).finally(() => this.saving.delete(cellId));
    this.saving.set(cellId, promise);
    await promise;
  }

  private async send(cell: TCellState) {
    const { id, source, version } = cell;
    this.store.updateCell(id, (current) => ({ ...current, save: "saving" }));
    const result = await this.actions.updateSource({ cellId: id, source, version }).catch(() => null);
    let retry = false;
    this.store.updateCell(id, (current) => {
      const isUnchanged = current.source === source;
      if (result?.ok) {
        return { ...current, version: Math.max(current.version, result.data.version), save: isUnchanged ? "saved" : "dirty", saveError: null };
      }
      if (result && result.error.code === "conflict" && result.error.details) {
        const theirs = result.error.details as { source?: unknown; version?: unknown; savedBy?: unknown };
        const theirVersion = typeof theirs.version === "number" ? theirs.version : current.version;
        // Someone saved exactly this text already (or this browser did, through a run).
        if (theirs.source === current.source) return { ...current, version: theirVersion, save: "saved", saveError: null, conflict: null };
        return {
          ...current,
          save: "conflict",
          saveError: null,
          conflict: {
            source: typeof theirs.source === "string" ? theirs.source : "",
            version: theirVersion,
            savedBy: typeof theirs.savedBy === "string" ? theirs.savedBy : "someone else",
          },
        };
      }
      // Worth trying again when the studio was out of reach, not when it said no.
      retry = !result || result.error.code === "internal" || result.error.code === "rate_limited";
      return { ...current, save: "error", saveError: result ? result.error.message : "The studio could not be reached." };
    });
    const after = this.store.getCell(id);
    if (after?.save === "dirty") this.schedule(id, 0);
    else if (retry) this.schedule(id, RETRY_MS);
  }
}
