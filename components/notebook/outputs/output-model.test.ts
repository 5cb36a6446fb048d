import { describe, expect, it } from "vitest";
import type { TKernelOutput } from "@/lib/protocol/kernel-output";
import { EMPTY_AREA, applyOutput, foldOutputs, resolveCarriageReturns, tailOfText } from "./output-model";

const stdout = (text: string): TKernelOutput => ({ msg_type: "stream", content: { name: "stdout", text } });
const stderr = (text: string): TKernelOutput => ({ msg_type: "stream", content: { name: "stderr", text } });
const display = (text: string, displayId?: string): TKernelOutput => ({
  msg_type: "display_data",
  content: { data: { "text/plain": text }, metadata: {}, transient: displayId ? { display_id: displayId } : undefined },
});

describe("applyOutput", () => {
  it("merges consecutive chunks of one stream and counts lines", () => {
    const area = foldOutputs([stdout("a\n"), stdout("b\n"), stderr("oops\n"), stdout("c")]);
    expect(area.items).toEqual([
      { kind: "stream", name: "stdout", text: "a\nb\n", newlines: 2 },
      { kind: "stream", name: "stderr", text: "oops\n", newlines: 1 },
      { kind: "stream", name: "stdout", text: "c", newlines: 0 },
    ]);
  });

  it("clears at once without wait, and at the next output with wait", () => {
    expect(foldOutputs([stdout("a"), { msg_type: "clear_output", content: { wait: false } }]).items).toEqual([]);
    const waiting = foldOutputs([stdout("a"), { msg_type: "clear_output", content: { wait: true } }]);
    expect(waiting.items).toHaveLength(1);
    expect(waiting.isClearPending).toBe(true);
    const replaced = applyOutput(waiting, stdout("b"));
    expect(replaced.items).toEqual([{ kind: "stream", name: "stdout", text: "b", newlines: 0 }]);
    expect(replaced.isClearPending).toBe(false);
  });

  it("updates a display in place by its display id", () => {
    const area = foldOutputs([display("1", "d1"), stdout("x"), display("other")]);
    const updated = applyOutput(area, {
      msg_type: "update_display_data",
      content: { data: { "text/plain": "2" }, metadata: {}, transient: { display_id: "d1" } },
    });
    expect(updated.items[0]).toMatchObject({ kind: "display", data: { "text/plain": "2" }, displayId: "d1" });
    expect(updated.items[2]).toMatchObject({ data: { "text/plain": "other" } });
    const untouched = applyOutput(area, {
      msg_type: "update_display_data",
      content: { data: {}, metadata: {}, transient: { display_id: "nope" } },
    });
    expect(untouched).toBe(area);
  });

  it("keeps execute_result's count and errors' tracebacks", () => {
    const area = foldOutputs([
      { msg_type: "execute_result", content: { data: { "text/plain": "2" }, metadata: {}, execution_count: 3 } },
      { msg_type: "error", content: { ename: "ValueError", evalue: "bad", traceback: ["\u001b[31mValueError\u001b[0m"] } },
    ]);
    expect(area.items[0]).toMatchObject({ kind: "display", executionCount: 3 });
    expect(area.items[1]).toEqual({ kind: "error", ename: "ValueError", evalue: "bad", traceback: ["\u001b[31mValueError\u001b[0m"] });
  });

  it("overwrites a line on carriage return, also across chunks", () => {
    expect(resolveCarriageReturns("10%\r20%\n")).toBe("20%\n");
    expect(resolveCarriageReturns("abcdef\rxy")).toBe("xycdef");
    const area = foldOutputs([stdout("done 1\nprogress 10%\r"), stdout("progress 20%\r"), stdout("progress 99%\n")]);
    expect(area.items).toEqual([{ kind: "stream", name: "stdout", text: "done 1\nprogress 99%\n", newlines: 2 }]);
    expect(EMPTY_AREA.items).toEqual([]);
  });
});

describe("tailOfText", () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}\n`).join("");

  it("shows short text whole", () => {
    expect(tailOfText("a\nb\n", 2)).toEqual({ shown: "a\nb\n", hiddenLines: 0 });
  });

  it("shows the last lines of long text and counts the hidden ones", () => {
    const text = lines(100_000);
    const { shown, hiddenLines } = tailOfText(text, 100_000, 2_000);
    expect(hiddenLines).toBe(98_000);
    expect(shown.startsWith("line 98001\n")).toBe(true);
    expect(shown.endsWith("line 100000\n")).toBe(true);
  });

  it("holds to the character limit, starting at a line", () => {
    const { shown, hiddenLines } = tailOfText(lines(100), 100, 2_000, 50);
    expect(shown.length).toBeLessThanOrEqual(50);
    expect(shown.startsWith("line ")).toBe(true);
    expect(hiddenLines + shown.split("\n").length - 1).toBe(100);
  });
});
