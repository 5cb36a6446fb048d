import { describe, expect, it } from "vitest";
import { LogSequencer } from "./log-sequencer";

const chunk = (seq: number) => ({ seq, text: `line ${seq}\n` });
const seqs = (chunks: Array<{ seq: number }>) => chunks.map((c) => c.seq);

describe("LogSequencer", () => {
  it("passes live chunks in order and ignores those it holds", () => {
    const log = new LogSequencer();
    expect(seqs(log.receive(chunk(0)))).toEqual([0]);
    expect(seqs(log.receive(chunk(1)))).toEqual([1]);
    expect(log.receive(chunk(1))).toEqual([]);
    expect(log.hasGap).toBe(false);
  });

  it("holds a chunk after a gap until the gap is filled live", () => {
    const log = new LogSequencer();
    expect(log.receive(chunk(1))).toEqual([]);
    expect(log.receive(chunk(2))).toEqual([]);
    expect(log.hasGap).toBe(true);
    expect(seqs(log.receive(chunk(0)))).toEqual([0, 1, 2]);
    expect(log.lastSeq).toBe(2);
    expect(log.hasGap).toBe(false);
  });

  it("fills a gap from a fetched page, without showing a chunk twice", () => {
    const log = new LogSequencer();
    log.acceptFetched([chunk(0), chunk(1)]);
    expect(log.receive(chunk(4))).toEqual([]);
    // The page overlaps what arrived live: 4 comes once, after 2 and 3.
    expect(seqs(log.acceptFetched([chunk(1), chunk(2), chunk(3), chunk(4)]))).toEqual([2, 3, 4]);
    expect(log.hasGap).toBe(false);
    expect(log.receive(chunk(4))).toEqual([]);
    expect(seqs(log.receive(chunk(5)))).toEqual([5]);
  });

  it("asks for another fetch when chunks arrived after the fetch started", () => {
    const log = new LogSequencer();
    const mark = log.mark();
    expect(seqs(log.acceptFetched([chunk(0)]))).toEqual([0]);
    log.receive(chunk(3)); // 1 and 2 were stored after the fetch read
    const settled = log.settle(mark);
    expect(settled).toEqual({ ready: [], isFetchNeeded: true });
    expect(seqs(log.acceptFetched([chunk(1), chunk(2), chunk(3)]))).toEqual([1, 2, 3]);
    expect(log.settle(log.mark())).toEqual({ ready: [], isFetchNeeded: false });
  });

  it("lets go of a gap that a fetch started after the chunk arrived could not fill", () => {
    const log = new LogSequencer();
    log.receive(chunk(0));
    log.receive(chunk(2));
    const mark = log.mark();
    log.acceptFetched([]);
    const settled = log.settle(mark);
    expect(seqs(settled.ready)).toEqual([2]);
    expect(settled.isFetchNeeded).toBe(false);
    expect(log.lastSeq).toBe(2);
  });
});
