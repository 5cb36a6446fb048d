import { describe, expect, it } from "vitest";
import { formatClock, formatElapsed, timeTicks } from "./time-axis";

describe("formatElapsed", () => {
  it("prints hours, minutes and seconds, hours past a day included", () => {
    expect(formatElapsed(0)).toBe("00:00:00");
    expect(formatElapsed(3723.9)).toBe("01:02:03");
    expect(formatElapsed(90061)).toBe("25:01:01");
    expect(formatElapsed(-5)).toBe("-00:00:05");
  });
});

describe("formatClock", () => {
  it("prints the wall-clock time on a 24-hour clock", () => {
    // 2024-03-01T14:05:09Z
    expect(formatClock(1709301909, "UTC")).toBe("14:05:09");
    expect(formatClock(1709251200, "UTC")).toBe("00:00:00");
    expect(formatClock(1709301909, "Asia/Kolkata")).toBe("19:35:09");
  });
});

describe("timeTicks", () => {
  it("steps by a round unit counted from the origin", () => {
    expect(timeTicks(1000, 1600, 1000)).toEqual([1000, 1120, 1240, 1360, 1480, 1600]);
    expect(timeTicks(1003, 1061, 1000)).toEqual([1015, 1030, 1045, 1060]);
  });

  it("keeps at most the number of ticks asked for", () => {
    expect(timeTicks(0, 7200, 0, 5)).toEqual([0, 1800, 3600, 5400, 7200]);
    expect(timeTicks(0, 7200, 0, 3)).toEqual([0, 3600, 7200]);
  });

  it("counts whole days past the largest round unit", () => {
    expect(timeTicks(0, 86400 * 20, 0)).toEqual([0, 345600, 691200, 1036800, 1382400, 1728000]);
  });

  it("falls back to the ends when no round step fits twice", () => {
    expect(timeTicks(10.2, 10.7, 0)).toEqual([10.2, 10.7]);
    expect(timeTicks(5, 5, 0)).toEqual([5]);
  });
});
