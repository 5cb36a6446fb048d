// The notebook's client state outside React: cells are replaced (never mutated) when they
// change and only their subscribers re-render, so a cell streaming 100,000 lines or a
// notebook of 2,000 cells re-renders one cell at a time. Live socket messages are queued and
// applied once per animation frame.
import type { TKernelOutput } from "@/lib/protocol/kernel-output";
import type { TStudioPayload } from "@/lib/protocol/studio-events";
import { EMPTY_AREA, applyOutput, displayIdsOf, foldOutputs, updateDisplay } from "../outputs/output-model";
import type { TCellData, TCellState, TKernelView, TMode, TSaveState } from "./types";

export type TLiveEvent =
  | { kind: "execution"; payload: TStudioPayload<"notebook:execution"> }
  | { kind: "output"; payload: TStudioPayload<"notebook:output"> }
  | { kind: "kernel"; payload: TStudioPayload<"notebook:kernel"> };

type TChannel = "order" | "selection" | "kernel" | "save" | "notice" | `cell:${string}`;

export type TNotice = { tone: "error" | "success"; text: string; id: number };
/** Where the keyboard should go next: a cell (command mode) or its editor (edit mode). */
export type TFocusRequest = { cellId: string; target: "cell" | "editor"; at: "start" | "end" | "keep"; token: number };

export function cellFromData(data: TCellData): TCellState {
  const outputs = [...data.outputs].sort((a, b) => a.seq - b.seq);
  return {
    id: data.id,
    type: data.type,
    source: data.source,
    version: data.version,
    executionCount: data.executionCount,
    execution: data.execution,
    outputs: foldOutputs(outputs.map((row) => row.output)),
    attachments: data.attachments ?? {},
    lastSeq: outputs.at(-1)?.seq ?? -1,
    save: "saved",
    saveError: null,
    conflict: null,
  };
}

const isActive = (status: string | undefined) => status === "queued" || status === "running";

export class NotebookStore {
  private order: string[];
  private cells = new Map<string, TCellState>();
  private kernel: TKernelView;
  private selectedId: string | null;
  private mode: TMode = "command";
  private focusRequest: TFocusRequest | null = null;
  private notice: TNotice | null = null;
  private listeners = new Map<TChannel, Set<() => void>>();
  private queue: TLiveEvent[] = [];
  private isFlushScheduled = false;
  /** Live events seen since a re-read was asked for, replayed over its answer. */
  private syncLog: TLiveEvent[] | null = null;

  constructor(cells: TCellData[], kernel: TKernelView) {
    this.order = cells.map((cell) => cell.id);
    for (const cell of cells) this.cells.set(cell.id, cellFromData(cell));
    this.kernel = kernel;
    this.selectedId = this.order[0] ?? null;
  }

  // ── Subscriptions ───────────────────────────────────────────────────────

  subscribe = (channel: TChannel, listener: () => void) => {
    let set = this.listeners.get(channel);
    if (!set) this.listeners.set(channel, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };

  private notify(channels: Iterable<TChannel>) {
    for (const channel of new Set(channels)) for (const listener of this.listeners.get(channel) ?? []) listener();
  }

  // ── Reads ───────────────────────────────────────────────────────────────

  getOrder = () => this.order;
  getCell = (id: string) => this.cells.get(id);
  getKernel = () => this.kernel;
  getSelectedId = () => this.selectedId;
  getMode = () => this.mode;
  getFocusRequest = () => this.focusRequest;
  getNotice = () => this.notice;

  indexOf(id: string) {
    return this.order.indexOf(id);
  }

  /** Saved, saving, or not saved, over all cells. */
  getSaveSummary = (): TSaveState => {
    let summary: TSaveState = this.pendingChanges > 0 ? "saving" : "saved";
    for (const cell of this.cells.values()) {
      if (cell.save === "conflict" || cell.save === "error") return cell.save;
      if (cell.save === "saving") summary = "saving";
      else if (cell.save === "dirty" && summary === "saved") summary = "dirty";
    }
    return summary;
  };
  private saveSummary: TSaveState = "saved";
  getCachedSaveSummary = () => this.saveSummary;
  /** Structural changes (add, move, delete, type) on their way to the server. */
  private pendingChanges = 0;

  /** Bumped by every structural change here: a re-read from before one is out of date. */
  private structureVersion = 0;

  getStructureVersion = () => this.structureVersion;
  hasPendingChanges = () => this.pendingChanges > 0;

  trackChange(delta: 1 | -1) {
    this.pendingChanges += delta;
    this.structureVersion++;
    const summary = this.getSaveSummary();
    if (summary === this.saveSummary) return;
    this.saveSummary = summary;
    this.notify(["save"]);
  }

  // ── Local changes ───────────────────────────────────────────────────────

  updateCell(id: string, change: (cell: TCellState) => TCellState) {
    const cell = this.cells.get(id);
    if (!cell) return;
    const next = change(cell);
    if (next === cell) return;
    this.cells.set(id, next);
    const channels: TChannel[] = [`cell:${id}`];
    if (next.save !== cell.save) {
      const summary = this.getSaveSummary();
      if (summary !== this.saveSummary) {
        this.saveSummary = summary;
        channels.push("save");
      }
    }
    this.notify(channels);
  }

  insertCell(cell: TCellState, index: number) {
    if (this.cells.has(cell.id)) return;
    this.cells.set(cell.id, cell);
    const order = [...this.order];
    order.splice(Math.max(0, Math.min(index, order.length)), 0, cell.id);
    this.order = order;
    this.notify(["order"]);
  }

  removeCell(id: string) {
    const index = this.order.indexOf(id);
    if (index < 0) return null;
    const cell = this.cells.get(id)!;
    this.order = this.order.filter((other) => other !== id);
    this.cells.delete(id);
    const channels: TChannel[] = ["order"];
    if (this.selectedId === id) {
      this.selectedId = this.order[Math.min(index, this.order.length - 1)] ?? null;
      this.mode = "command";
      channels.push("selection");
    }
    this.notify(channels);
    return { cell, index };
  }

  moveCell(id: string, toIndex: number) {
    const from = this.order.indexOf(id);
    const to = Math.max(0, Math.min(toIndex, this.order.length - 1));
    if (from < 0 || from === to) return false;
    const order = [...this.order];
    order.splice(from, 1);
    order.splice(to, 0, id);
    this.order = order;
    this.notify(["order"]);
    return true;
  }

  /** Selects a cell; with `focus`, also moves the keyboard there (a cell, or into its editor). */
  select(id: string | null, mode: TMode = "command", focus?: { at?: "start" | "end" | "keep" }) {
    const isSame = id === this.selectedId && mode === this.mode;
    if (isSame && !focus) return;
    this.selectedId = id;
    this.mode = mode;
    if (focus && id) {
      this.focusRequest = { cellId: id, target: mode === "edit" ? "editor" : "cell", at: focus.at ?? "keep", token: (this.focusRequest?.token ?? 0) + 1 };
    }
    this.notify(["selection"]);
  }

  showNotice(tone: TNotice["tone"], text: string) {
    this.notice = { tone, text, id: (this.notice?.id ?? 0) + 1 };
    this.notify(["notice"]);
  }

  dismissNotice() {
    this.notice = null;
    this.notify(["notice"]);
  }

  setKernel(kernel: TKernelView) {
    this.kernel = kernel;
    this.notify(["kernel"]);
  }

  /** Clears a cell's outputs as its run is asked for, before the server answers. */
  markRequested(id: string) {
    this.updateCell(id, (cell) => ({
      ...cell,
      outputs: EMPTY_AREA,
      lastSeq: -1,
      execution: { id: `requested:${Date.now()}`, status: "queued" },
    }));
  }

  // ── Live events ─────────────────────────────────────────────────────────

  enqueue(event: TLiveEvent) {
    this.queue.push(event);
    this.syncLog?.push(event);
    if (this.isFlushScheduled) return;
    this.isFlushScheduled = true;
    // Background tabs get no animation frames; their outputs still arrive, a little batched.
    if (typeof document !== "undefined" && document.visibilityState === "visible") requestAnimationFrame(this.flush);
    else setTimeout(this.flush, 100);
  }

  flush = () => {
    this.isFlushScheduled = false;
    const events = this.queue;
    this.queue = [];
    if (events.length === 0) return;
    const changed = new Set<TChannel>();
    for (const event of events) this.apply(event, changed);
    this.notify(changed);
  };

  private apply(event: TLiveEvent, changed: Set<TChannel>) {
    if (event.kind === "kernel") {
      const { state, workerHostname, reason } = event.payload;
      this.kernel = { state, workerHostname, reason };
      changed.add("kernel");
      return;
    }
    const cell = this.cells.get(event.payload.cellId);
    if (!cell) return;
    if (event.kind === "execution") {
      const { executionId, status, executionCount } = event.payload;
      // A new run that starts replaces the outputs of the one before.
      const isNewRun = cell.execution?.id !== executionId && isActive(status);
      this.cells.set(cell.id, {
        ...cell,
        execution: { id: executionId, status },
        executionCount: executionCount ?? cell.executionCount,
        ...(isNewRun ? { outputs: EMPTY_AREA, lastSeq: -1 } : {}),
      });
      changed.add(`cell:${cell.id}`);
      return;
    }
    const { executionId, seq, output } = event.payload;
    if (output.msg_type === "update_display_data") {
      // Not a new output (its seq is 0): it changes displays wherever they are.
      this.applyOutputTo(cell, output, cell.lastSeq, changed);
      return;
    }
    let current = cell;
    const currentId = current.execution?.id;
    // Execution ids sort by creation. An output of an older run may be published before its
    // store refuses it (a server publishes outputs as they arrive): it does not replace the newer run.
    if (currentId && !currentId.startsWith("requested:") && executionId < currentId) return;
    if (currentId !== executionId) {
      // The first output of a run we had not heard of: its outputs replace the old ones.
      current = { ...current, execution: { id: executionId, status: "running" }, outputs: EMPTY_AREA, lastSeq: -1 };
    } else if (seq <= current.lastSeq) {
      return;
    }
    this.applyOutputTo(current, output, seq, changed);
  }

  private applyOutputTo(cell: TCellState, output: TKernelOutput, seq: number, changed: Set<TChannel>) {
    this.cells.set(cell.id, { ...cell, outputs: applyOutput(cell.outputs, output), lastSeq: seq });
    changed.add(`cell:${cell.id}`);
    // A display can be shown in other cells too: update it wherever it is.
    if (output.msg_type === "update_display_data") {
      const { transient, data, metadata } = output.content;
      for (const [id, other] of this.cells) {
        if (id === cell.id || !displayIdsOf(other.outputs).includes(transient.display_id)) continue;
        this.cells.set(id, { ...other, outputs: updateDisplay(other.outputs, transient.display_id, data, metadata ?? {}) });
        changed.add(`cell:${id}`);
      }
    }
  }

  // ── Re-reads ────────────────────────────────────────────────────────────

  /**
   * From now until the next merge, live events are also kept, to replay in order over the
   * re-read (which may have been read before or after any of them).
   */
  beginSync() {
    this.syncLog ??= [];
  }

  /** No re-read after all: stop keeping live events for one. */
  endSync() {
    this.syncLog = null;
  }

  /** Whether anything runs or waits, so that outputs may have been missed while away. */
  isBusy() {
    if (["starting", "busy", "queued", "restarting"].includes(this.kernel.state)) return true;
    for (const cell of this.cells.values()) if (isActive(cell.execution?.status)) return true;
    return false;
  }

  /**
   * Takes the server's cells (after a reconnect or a structural change): their order, their
   * outputs with the live events since replayed over them, and their sources where this
   * browser has no unsaved edit.
   */
  mergeSnapshot(cells: TCellData[], kernel: TKernelView) {
    this.flush();
    const log = this.syncLog ?? [];
    this.syncLog = null;
    const next = new Map<string, TCellState>();
    for (const data of cells) {
      const local = this.cells.get(data.id);
      const fresh = cellFromData(data);
      if (!local) {
        next.set(data.id, fresh);
        continue;
      }
      const isLocalNewer = local.save !== "saved" || local.version > data.version || local.conflict !== null;
      // The re-read plus the events logged since it was asked for is the whole truth; only
      // a run asked for here that the server had not registered yet is newer.
      const isLocalOutputNewer = Boolean(local.execution?.id.startsWith("requested:") && !data.execution);
      next.set(data.id, {
        ...fresh,
        ...(isLocalNewer ? { source: local.source, version: local.version, save: local.save, saveError: local.saveError, conflict: local.conflict } : {}),
        ...(isLocalOutputNewer
          ? { outputs: local.outputs, lastSeq: local.lastSeq, execution: local.execution, executionCount: local.executionCount }
          : {}),
      });
    }
    const order = cells.map((cell) => cell.id);
    this.cells = next;
    this.order = order;
    this.kernel = kernel;
    if (this.selectedId && !next.has(this.selectedId)) {
      this.selectedId = order[0] ?? null;
      this.mode = "command";
    }
    const changed = new Set<TChannel>(["order", "kernel", "selection", "save"]);
    for (const id of order) changed.add(`cell:${id}`);
    for (const event of log) this.apply(event, changed);
    this.saveSummary = this.getSaveSummary();
    this.notify(changed);
  }
}
