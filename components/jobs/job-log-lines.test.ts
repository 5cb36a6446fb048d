import { describe, expect, it } from "vitest";
import { EMPTY_LOG_LINES, appendLogLines, type TLogText } from "./job-log-lines";

const out = (text: string, attempt = 1): TLogText => ({ stream: "stdout", attempt, text });
const err = (text: string, attempt = 1): TLogText => ({ stream: "stderr", attempt, text });
const texts = (chunks: TLogText[], maxLines?: number) => appendLogLines(EMPTY_LOG_LINES, chunks, maxLines).lines.map((line) => `${line.stream}:${line.text}`);

describe("appendLogLines", () => {
  it("splits chunks into lines and goes on with a line a chunk left open", () => {
    expect(texts([out("epoch 1"), out(" loss 0.3\nepoch 2\n"), out("\n")])).toEqual(["stdout:epoch 1 loss 0.3", "stdout:epoch 2", "stdout:"]);
  });

  it("starts a new line for another stream or attempt, even mid-line", () => {
    expect(texts([out("a"), err("b\n"), out("c"), out("d", 2)])).toEqual(["stdout:a", "stderr:b", "stdout:c", "stdout:d"]);
  });

  it("rewrites a line at a carriage return, across chunks", () => {
    expect(texts([err(" 10%|█\r"), err(" 50%|█████\r"), err("100%|██████████\n"), err("done\r\n")])).toEqual(["stderr:100%|██████████", "stderr:done"]);
  });

  it("keeps the objects of lines that did not change", () => {
    const first = appendLogLines(EMPTY_LOG_LINES, [out("a\nb")]);
    const second = appendLogLines(first, [out("c\n")]);
    expect(second.lines[0]).toBe(first.lines[0]);
    expect(second.lines[1]).toMatchObject({ text: "bc", isOpen: false, id: first.lines[1].id });
    expect(appendLogLines(second, [])).toBe(second);
  });

  it("keeps only the last lines and counts those it dropped", () => {
    const log = appendLogLines(appendLogLines(EMPTY_LOG_LINES, [out("1\n2\n3\n")], 2), [out("4\n")], 2);
    expect(log.lines.map((line) => line.text)).toEqual(["3", "4"]);
    expect(log.droppedLines).toBe(2);
    expect(new Set(log.lines.map((line) => line.id)).size).toBe(2);
  });

  it("ignores empty chunks", () => {
    expect(texts([out(""), out("a"), out(""), out("b\n")])).toEqual(["stdout:ab"]);
  });
});
