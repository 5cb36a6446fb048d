import { describe, expect, it } from "vitest";
import { runColour, sequentialColour } from "./series-colours";

describe("runColour", () => {
  it("gives ten runs ten colours, then repeats", () => {
    const colours = Array.from({ length: 10 }, (_, index) => runColour(index));
    expect(new Set(colours).size).toBe(10);
    expect(runColour(10)).toBe(colours[0]);
  });
});

describe("sequentialColour", () => {
  it("runs from viridis' violet to its yellow-green, between its stops in between, clamped", () => {
    expect(sequentialColour(0)).toBe("#440154");
    expect(sequentialColour(0.5)).toBe("#21918c");
    expect(sequentialColour(1)).toBe("#aadc32");
    expect(sequentialColour(0.125)).toBe("#402a70");
    expect([sequentialColour(-1), sequentialColour(2), sequentialColour(NaN)]).toEqual(["#440154", "#aadc32", "#440154"]);
  });
});
