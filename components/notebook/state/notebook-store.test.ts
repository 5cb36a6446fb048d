import { describe, expect, it } from "vitest";
import type { TKernelOutput } from "@/lib/protocol/kernel-output";
import { NotebookStore } from "./notebook-store";
import type { TCellData, TKernelView } from "./types";

const KERNEL: TKernelView = { state: "busy", workerHostname: "gpu-1", reason: null };
const tick = (i: number): TKernelOutput => ({ msg_type: "stream", content: { name: "stdout", text: `tick ${i}\n` } });

function codeCell(id: string, execution: TCellData["execution"], seqs: number[]): TCellData {
  return { id, type: "code", source: "", version: 1, executionCount: null, execution, outputs: seqs.map((seq) => ({ seq, output: tick(seq) })) };
}

function output(cellId: string, executionId: string, seq: number) {
  return { kind: "output" as const, payload: { notebookId: "n", cellId, executionId, seq, output: tick(seq) } };
}

function textOf(store: NotebookStore, id: string) {
  const item = store.getCell(id)!.outputs.items[0];
  return item?.kind === "stream" ? item.text : "";
}

describe("NotebookStore", () => {
  it("applies live outputs in order and drops ones it already has", () => {
    const store = new NotebookStore([codeCell("c", { id: "e1", status: "running" }, [1, 2])], KERNEL);
    for (const seq of [2, 3, 3, 4]) store.enqueue(output("c", "e1", seq));
    store.flush();
    expect(textOf(store, "c")).toBe("tick 1\ntick 2\ntick 3\ntick 4\n");
  });

  it("starts over when a new run of the cell begins", () => {
    const store = new NotebookStore([codeCell("c", null, [1, 2])], KERNEL);
    store.enqueue({ kind: "execution", payload: { notebookId: "n", cellId: "c", executionId: "e2", status: "queued", executionCount: null } });
    store.enqueue(output("c", "e2", 1));
    store.flush();
    expect(textOf(store, "c")).toBe("tick 1\n");
    expect(store.getCell("c")!.execution).toEqual({ id: "e2", status: "queued" });
  });

  it("ignores a late output of an older run of the cell", () => {
    const store = new NotebookStore([codeCell("c", { id: "e2", status: "queued" }, [])], KERNEL);
    store.enqueue(output("c", "e1", 5));
    store.enqueue(output("c", "e2", 1));
    store.flush();
    expect(textOf(store, "c")).toBe("tick 1\n");
    expect(store.getCell("c")!.execution).toEqual({ id: "e2", status: "queued" });
  });

  it("after a reconnect, merges the re-read with what arrived meanwhile, with no gap", () => {
    // The page was read with ticks 1–3; ticks 4–6 came while the socket rejoined, unseen.
    const store = new NotebookStore([codeCell("c", { id: "e1", status: "running" }, [1, 2, 3])], KERNEL);
    store.beginSync();
    for (const seq of [7, 8]) store.enqueue(output("c", "e1", seq));
    store.flush();
    // The re-read has ticks 1–7; tick 8 came after it was read.
    store.mergeSnapshot([codeCell("c", { id: "e1", status: "running" }, [1, 2, 3, 4, 5, 6, 7])], KERNEL);
    expect(textOf(store, "c")).toBe([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `tick ${i}\n`).join(""));
  });

  it("keeps unsaved text through a re-read, and takes the server's order", () => {
    const store = new NotebookStore([codeCell("a", null, []), codeCell("b", null, [])], KERNEL);
    store.updateCell("a", (cell) => ({ ...cell, source: "typed here", save: "dirty" }));
    store.mergeSnapshot([{ ...codeCell("b", null, []), source: "from server" }, { ...codeCell("a", null, []), source: "old" }], KERNEL);
    expect(store.getOrder()).toEqual(["b", "a"]);
    expect(store.getCell("a")!.source).toBe("typed here");
    expect(store.getCell("b")!.source).toBe("from server");
    expect(store.getSaveSummary()).toBe("dirty");
  });

  it("updates a display in every cell that shows it", () => {
    const display = (text: string): TKernelOutput => ({
      msg_type: "display_data",
      content: { data: { "text/plain": text }, metadata: {}, transient: { display_id: "d" } },
    });
    const store = new NotebookStore(
      [
        { ...codeCell("a", { id: "e1", status: "ok" }, []), outputs: [{ seq: 1, output: display("1") }] },
        { ...codeCell("b", { id: "e2", status: "running" }, []), outputs: [{ seq: 1, output: display("1") }] },
      ],
      KERNEL,
    );
    store.enqueue({
      kind: "output",
      payload: {
        notebookId: "n",
        cellId: "b",
        executionId: "e2",
        seq: 0,
        output: { msg_type: "update_display_data", content: { data: { "text/plain": "2" }, metadata: {}, transient: { display_id: "d" } } },
      },
    });
    store.flush();
    for (const id of ["a", "b"]) expect(store.getCell(id)!.outputs.items[0]).toMatchObject({ data: { "text/plain": "2" } });
  });
});
