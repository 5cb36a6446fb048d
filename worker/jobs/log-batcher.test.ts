// The log batcher on a fake clock: whole lines per tick, an unfinished line a tick later,
// large output split at once, and never a character cut in two.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LogBatcher } from "./log-batcher";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function batcher(options: ConstructorParameters<typeof LogBatcher>[1] = {}) {
  const sent: string[] = [];
  return { log: new LogBatcher((text) => sent.push(text), options), sent };
}

describe("LogBatcher", () => {
  it("sends the whole lines it has each interval, and an unfinished line one interval later", () => {
    const { log, sent } = batcher();
    log.write("step 1\nst");
    log.write("ep 2\nprogr");
    vi.advanceTimersByTime(99);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(["step 1\nstep 2\n"]);
    log.write("ess 50%");
    vi.advanceTimersByTime(100);
    expect(sent).toEqual(["step 1\nstep 2\n", "progress 50%"]);
    vi.advanceTimersByTime(1_000);
    expect(sent).toHaveLength(2); // nothing more to say
  });

  it("flushes everything at once, unfinished line included", () => {
    const { log, sent } = batcher();
    log.write("a\nb");
    log.flush();
    expect(sent).toEqual(["a\nb"]);
    vi.advanceTimersByTime(1_000);
    expect(sent).toEqual(["a\nb"]);
  });

  it("splits output past the largest message at once, without cutting a character in two", () => {
    const { log, sent } = batcher({ maxChunkChars: 4 });
    log.write("abc😀def\n");
    expect(sent).toEqual(["abc", "😀de"]);
    vi.advanceTimersByTime(100);
    expect(sent.join("")).toBe("abc😀def\n");
  });
});
