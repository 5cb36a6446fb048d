// Everything a person can do to a notebook, from the toolbar, a cell's buttons or the
// keyboard: the one place that turns intentions into server actions and socket events, and
// keeps the client state in step meanwhile.
import type { TStudioInboundEvent } from "@/lib/protocol/studio-events";
import { Autosave } from "./autosave";
import type { TCellActions } from "./cell-actions";
import { cellFromData, type NotebookStore } from "./notebook-store";
import type { TCellState, TCellType } from "./types";

export type TAckResult<T = unknown> = { ok: true; data?: T } | { ok: false; error: string };
export type TRequest = <T = unknown>(event: TStudioInboundEvent, payload: unknown, timeoutMs?: number) => Promise<TAckResult<T>>;

type TDeleted = { type: TCellType; source: string; index: number };

export class NotebookController {
  readonly autosave: Autosave;
  /** Where each editor's cursor last was (UTF-16 offsets), for splitting from a menu. */
  readonly cursors = new Map<string, number>();
  private deleted: TDeleted[] = [];
  /** Structural changes run one after another, so their indexes stay right. */
  private chain: Promise<unknown> = Promise.resolve();
  private request: TRequest = async () => ({ ok: false, error: "Not connected to the studio yet." });

  constructor(
    readonly notebookId: string,
    readonly store: NotebookStore,
    private readonly actions: TCellActions,
    readonly canEdit: boolean,
    readonly canRun: boolean,
  ) {
    this.autosave = new Autosave(store, actions);
  }

  setRequest(request: TRequest) {
    this.request = request;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    this.store.trackChange(1);
    const next = this.chain.then(work, work).finally(() => this.store.trackChange(-1));
    this.chain = next.catch(() => undefined);
    return next;
  }

  private fail(text: string) {
    this.store.showNotice("error", text);
  }

  // ── Editing ─────────────────────────────────────────────────────────────

  setSource(cellId: string, source: string) {
    const cell = this.store.getCell(cellId);
    if (!cell || cell.source === source || !this.canEdit) return;
    this.store.updateCell(cellId, (current) => ({ ...current, source, save: current.save === "conflict" ? "conflict" : "dirty" }));
    if (this.store.getCell(cellId)?.save === "dirty") this.autosave.schedule(cellId);
  }

  /** Someone else saved the cell: take their text, unless it collides with an edit here. */
  receiveSave(payload: { cellId: string; version: number; source: string; savedBy: string }) {
    const cell = this.store.getCell(payload.cellId);
    if (!cell || payload.version <= cell.version) return;
    const isEditingHere = this.store.getSelectedId() === cell.id && this.store.getMode() === "edit";
    this.store.updateCell(cell.id, (current) => {
      if (payload.source === current.source) {
        return { ...current, version: payload.version, save: current.save === "dirty" ? "saved" : current.save, conflict: null };
      }
      if (current.save === "saved" && !isEditingHere) return { ...current, source: payload.source, version: payload.version };
      return { ...current, save: "conflict", conflict: { source: payload.source, version: payload.version, savedBy: payload.savedBy } };
    });
  }

  resolveConflict(cellId: string, choice: "mine" | "theirs") {
    const cell = this.store.getCell(cellId);
    if (!cell?.conflict) return;
    const { conflict } = cell;
    if (choice === "theirs") {
      this.store.updateCell(cellId, (current) => ({ ...current, source: conflict.source, version: conflict.version, save: "saved", conflict: null }));
      return;
    }
    this.store.updateCell(cellId, (current) => ({ ...current, version: conflict.version, save: "dirty", conflict: null }));
    void this.autosave.flush(cellId);
  }

  // ── Running ─────────────────────────────────────────────────────────────

  private async execute(cells: TCellState[]) {
    if (!this.canRun) return this.fail("Your role can read this notebook but not run it.");
    const code = cells.filter((cell) => cell.type === "code");
    for (const cell of code) {
      if (cell.conflict) return this.fail("A cell has a conflicting change: choose which version to keep before running it.");
    }
    // Save first: the run then names the version it saved, and nothing is saved twice.
    await Promise.all(code.map((cell) => this.autosave.flush(cell.id)));
    const runs = code.map((cell) => {
      const current = this.store.getCell(cell.id) ?? cell;
      this.store.markRequested(cell.id);
      return this.request<{ executionId: string; version?: number }>("cell:execute", {
        notebookId: this.notebookId,
        cellId: cell.id,
        code: current.source,
        version: current.version,
      }).then((ack) => ({ ack, cellId: cell.id }));
    });
    for (const { ack, cellId } of await Promise.all(runs)) {
      if (ack.ok) {
        // The run saved the code as the cell's source: that is the version edits go on from.
        const version = ack.data?.version;
        if (version) this.store.updateCell(cellId, (current) => (version > current.version ? { ...current, version } : current));
        continue;
      }
      this.store.updateCell(cellId, (current) => ({ ...current, execution: null }));
      this.fail(`Could not run the cell: ${ack.error}`);
      break;
    }
  }

  private cellsAt(ids: string[]) {
    return ids.map((id) => this.store.getCell(id)).filter((cell): cell is TCellState => Boolean(cell));
  }

  /** Runs a cell; then stays, moves on to the next (making one at the end), or inserts one below. */
  async run(cellId: string, then: "stay" | "advance" | "insert" = "stay") {
    const mode = this.store.getMode();
    const index = this.store.indexOf(cellId);
    const cell = this.store.getCell(cellId);
    if (!cell) return;
    if (cell.type === "markdown" && mode === "edit") this.store.select(cellId, "command", {});
    const run = this.execute([cell]);
    if (then === "advance") {
      const nextId = this.store.getOrder()[index + 1];
      if (nextId) this.store.select(nextId, mode === "edit" && this.store.getCell(nextId)?.type === "code" ? "edit" : "command", { at: "start" });
      else if (this.canEdit) await this.insert(index + 1, "code", "", { edit: true });
    } else if (then === "insert" && this.canEdit) {
      await this.insert(index + 1, "code", "", { edit: true });
    }
    await run;
  }

  runAll() {
    return this.execute(this.cellsAt(this.store.getOrder()));
  }

  runAbove(cellId: string) {
    const order = this.store.getOrder();
    return this.execute(this.cellsAt(order.slice(0, order.indexOf(cellId))));
  }

  runFrom(cellId: string) {
    const order = this.store.getOrder();
    return this.execute(this.cellsAt(order.slice(Math.max(0, order.indexOf(cellId)))));
  }

  private async kernelCommand(event: "kernel:interrupt" | "kernel:restart" | "kernel:shutdown" | "kernel:start", failure: string) {
    if (!this.canRun) return false;
    const ack = await this.request(event, { notebookId: this.notebookId }, 30_000);
    if (!ack.ok) this.fail(`${failure}: ${ack.error}`);
    return ack.ok;
  }

  interrupt() {
    return this.kernelCommand("kernel:interrupt", "Could not interrupt the kernel");
  }

  restart() {
    return this.kernelCommand("kernel:restart", "Could not restart the kernel");
  }

  shutdown() {
    return this.kernelCommand("kernel:shutdown", "Could not shut the kernel down");
  }

  startKernel() {
    return this.kernelCommand("kernel:start", "Could not start a kernel");
  }

  async restartAndRunAll() {
    if (await this.restart()) await this.runAll();
  }

  /** The kernel's completions / help at a cursor (code points), or null without a kernel. */
  async complete(code: string, cursorPos: number) {
    const ack = await this.request<{ matches: string[]; cursorStart: number; cursorEnd: number }>(
      "cell:complete",
      { notebookId: this.notebookId, code, cursorPos },
      4_000,
    );
    return ack.ok && ack.data ? ack.data : null;
  }

  async inspect(code: string, cursorPos: number) {
    const ack = await this.request<{ found: boolean; data: Record<string, unknown> }>(
      "cell:inspect",
      { notebookId: this.notebookId, code, cursorPos },
      4_000,
    );
    return ack.ok && ack.data ? ack.data : null;
  }

  // ── Cells ───────────────────────────────────────────────────────────────

  insert(index: number, type: TCellType = "code", source = "", { edit = false } = {}) {
    if (!this.canEdit) return Promise.resolve(null);
    return this.serial(async () => {
      const result = await this.actions.addCell({ notebookId: this.notebookId, index, type, source }).catch(() => null);
      if (!result?.ok) {
        this.fail(`Could not add a cell: ${result ? result.error.message : "the studio could not be reached."}`);
        return null;
      }
      this.store.insertCell(cellFromData(result.data), index);
      this.store.select(result.data.id, edit ? "edit" : "command", { at: "start" });
      return result.data.id;
    });
  }

  insertAbove(cellId: string) {
    return this.insert(Math.max(0, this.store.indexOf(cellId)), "code", "", { edit: false });
  }

  insertBelow(cellId: string) {
    return this.insert(this.store.indexOf(cellId) + 1, "code", "", { edit: false });
  }

  remove(cellId: string) {
    if (!this.canEdit) return Promise.resolve();
    const removed = this.store.removeCell(cellId);
    if (!removed) return Promise.resolve();
    this.deleted.push({ type: removed.cell.type, source: removed.cell.source, index: removed.index });
    const nextId = this.store.getSelectedId();
    if (nextId) this.store.select(nextId, "command", {});
    return this.serial(async () => {
      const result = await this.actions.deleteCell({ cellId }).catch(() => null);
      if (result?.ok || result?.error.code === "not_found") return;
      this.deleted.pop();
      this.store.insertCell(removed.cell, removed.index);
      this.fail(`Could not delete the cell: ${result ? result.error.message : "the studio could not be reached."}`);
    });
  }

  async undoDelete() {
    const last = this.deleted.pop();
    if (!last) return;
    await this.insert(Math.min(last.index, this.store.getOrder().length), last.type, last.source);
  }

  moveBy(cellId: string, delta: number) {
    return this.moveTo(cellId, this.store.indexOf(cellId) + delta);
  }

  moveTo(cellId: string, index: number) {
    if (!this.canEdit) return Promise.resolve();
    const from = this.store.indexOf(cellId);
    if (!this.store.moveCell(cellId, index)) return Promise.resolve();
    const to = this.store.indexOf(cellId);
    this.store.select(cellId, this.store.getMode(), { at: "keep" });
    return this.serial(async () => {
      const result = await this.actions.moveCell({ cellId, index: to }).catch(() => null);
      if (result?.ok) return;
      this.store.moveCell(cellId, from);
      this.fail(`Could not move the cell: ${result ? result.error.message : "the studio could not be reached."}`);
    });
  }

  setType(cellId: string, type: TCellType) {
    const cell = this.store.getCell(cellId);
    if (!cell || cell.type === type || !this.canEdit) return Promise.resolve();
    const before = cell.type;
    this.store.updateCell(cellId, (current) => ({ ...current, type, ...(type !== "code" ? { outputs: { items: [], isClearPending: false }, executionCount: null } : {}) }));
    return this.serial(async () => {
      await this.autosave.flush(cellId);
      const result = await this.actions.changeType({ cellId, type }).catch(() => null);
      if (result?.ok) {
        this.store.updateCell(cellId, (current) => ({ ...current, version: Math.max(current.version, result.data.version) }));
        return;
      }
      this.store.updateCell(cellId, (current) => ({ ...current, type: before }));
      this.fail(`Could not change the cell's type: ${result ? result.error.message : "the studio could not be reached."}`);
    });
  }

  /** Splits a cell at a text offset: the text after it moves to a new cell below. */
  async split(cellId: string, offset: number) {
    const cell = this.store.getCell(cellId);
    if (!cell || !this.canEdit) return;
    const head = cell.source.slice(0, offset).replace(/\n$/, "");
    const tail = cell.source.slice(offset).replace(/^\n/, "");
    this.setSource(cellId, head);
    await this.autosave.flush(cellId);
    await this.insert(this.store.indexOf(cellId) + 1, cell.type, tail, { edit: true });
  }

  splitAtCursor(cellId: string) {
    const cell = this.store.getCell(cellId);
    if (!cell) return Promise.resolve();
    return this.split(cellId, Math.min(this.cursors.get(cellId) ?? cell.source.length, cell.source.length));
  }

  /** Merges the cell below into this one. */
  async mergeBelow(cellId: string) {
    const order = this.store.getOrder();
    const belowId = order[order.indexOf(cellId) + 1];
    const cell = this.store.getCell(cellId);
    const below = belowId ? this.store.getCell(belowId) : undefined;
    if (!cell || !below || !this.canEdit) return;
    this.setSource(cellId, [cell.source, below.source].filter(Boolean).join("\n\n"));
    await this.autosave.flush(cellId);
    if (this.store.getCell(cellId)?.save !== "saved") return this.fail("Could not merge: the merged text was not saved.");
    await this.remove(belowId);
    this.deleted.pop();
    this.store.select(cellId, "command", {});
  }

  // ── Selection and modes ─────────────────────────────────────────────────

  selectBy(delta: number, mode: "command" | "edit" = "command") {
    const order = this.store.getOrder();
    const index = order.indexOf(this.store.getSelectedId() ?? "");
    const next = order[Math.max(0, Math.min(order.length - 1, index + delta))];
    if (next) this.store.select(next, mode, { at: delta < 0 ? "end" : "start" });
  }

  edit(cellId: string, at: "start" | "end" | "keep" = "keep") {
    this.store.select(cellId, "edit", { at });
  }

  commandMode(cellId: string) {
    this.store.select(cellId, "command", {});
  }

  dispose() {
    this.autosave.dispose();
  }
}
