// Outputs between the stored form and nbformat's: what Jupyter shows is what is written,
// and what is read back is what the kernel would have sent.
import { describe, expect, it } from "vitest";
import type { TKernelOutput } from "@/lib/protocol";
import { fromIpynbOutput, toIpynbOutputs } from "./convert-outputs";
import { splitLines } from "./multiline-text";

const stdout = (text: string): TKernelOutput => ({ msg_type: "stream", content: { name: "stdout", text } });
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

describe("toIpynbOutputs", () => {
  it("merges consecutive streams of one name, keeps stderr apart, and writes lines", () => {
    const outputs = toIpynbOutputs([
      stdout("a\n"),
      stdout("b\nc"),
      { msg_type: "stream", content: { name: "stderr", text: "oops\n" } },
      stdout("d\n"),
    ]);
    expect(outputs).toEqual([
      { output_type: "stream", name: "stdout", text: ["a\n", "b\n", "c"] },
      { output_type: "stream", name: "stderr", text: ["oops\n"] },
      { output_type: "stream", name: "stdout", text: ["d\n"] },
    ]);
  });

  it("writes display data and results without transient ids, splitting text but not images or JSON", () => {
    const custom = { step: 1, values: [1, 2] };
    const outputs = toIpynbOutputs([
      {
        msg_type: "display_data",
        content: { data: { "image/png": PNG, "text/plain": "<Figure>\nsize" }, metadata: { "image/png": { width: 10 } }, transient: { display_id: "d1" } },
      },
      { msg_type: "clear_output", content: { wait: true } },
      { msg_type: "execute_result", content: { data: { "text/html": "<b>x</b>\n", "application/vnd.mlstudio.v1+json": custom }, metadata: {}, execution_count: 3 } },
      { msg_type: "error", content: { ename: "ZeroDivisionError", evalue: "division by zero", traceback: ["line 1", "line 2"] } },
    ]);
    expect(outputs).toEqual([
      { output_type: "display_data", data: { "image/png": PNG, "text/plain": ["<Figure>\n", "size"] }, metadata: { "image/png": { width: 10 } } },
      { output_type: "execute_result", data: { "text/html": ["<b>x</b>\n"], "application/vnd.mlstudio.v1+json": custom }, execution_count: 3, metadata: {} },
      { output_type: "error", ename: "ZeroDivisionError", evalue: "division by zero", traceback: ["line 1", "line 2"] },
    ]);
  });
});

describe("fromIpynbOutput", () => {
  it("joins multi-line text back, and keeps JSON types as they are", () => {
    expect(fromIpynbOutput({ output_type: "stream", name: "stderr", text: ["a\n", "b"] }, "cells/0/outputs/0")).toEqual({
      msg_type: "stream",
      content: { name: "stderr", text: "a\nb" },
    });
    const json = { "application/json": ["not", "joined"], "text/plain": ["x\n", "y"] };
    expect(fromIpynbOutput({ output_type: "execute_result", data: json, metadata: {}, execution_count: null }, "cells/0/outputs/0")).toEqual({
      msg_type: "execute_result",
      content: { data: { "application/json": ["not", "joined"], "text/plain": "x\ny" }, metadata: {}, execution_count: null },
    });
  });

  it("refuses a stream that is neither stdout nor stderr, naming where it is", () => {
    expect(() => fromIpynbOutput({ output_type: "stream", name: "stdlog", text: "x" }, "cells/2/outputs/1")).toThrow("cells/2/outputs/1/name: must be stdout or stderr");
  });
});

describe("splitLines", () => {
  it("keeps line ends, so joining gives the text back", () => {
    for (const text of ["", "a", "a\n", "a\nb", "\n\n", "a\r\nb\n"]) expect(splitLines(text).join("")).toBe(text);
    expect(splitLines("")).toEqual([]);
    expect(splitLines("a\n\nb")).toEqual(["a\n", "\n", "b"]);
  });
});
