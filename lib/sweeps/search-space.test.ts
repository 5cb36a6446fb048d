import { describe, expect, it } from "vitest";
import { gridOf, ZParamSpec, ZSearchSpace } from "./search-space";

function messagesOf(result: { success: boolean; error?: { issues: Array<{ message: string }> } }) {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

describe("ZSearchSpace", () => {
  it("takes choices, int and float ranges, with log off unless asked", () => {
    const space = ZSearchSpace.parse({
      optimizer: { type: "choice", values: ["adam", "sgd", 3, true] },
      layers: { type: "int", min: 1, max: 4 },
      lr: { type: "float", min: 1e-5, max: 1e-1, log: true },
    });
    expect(space.layers).toEqual({ type: "int", min: 1, max: 4, log: false });
    expect(space.lr).toEqual({ type: "float", min: 1e-5, max: 1e-1, log: true });
  });

  it("says what is wrong with a param", () => {
    expect(messagesOf(ZParamSpec.safeParse({ type: "int", min: 5, max: 1 }))).toEqual(["min must not be above max"]);
    expect(messagesOf(ZParamSpec.safeParse({ type: "float", min: 0, max: 1, log: true }))).toEqual(["A log-scale range needs min above 0."]);
    expect(messagesOf(ZParamSpec.safeParse({ type: "choice", values: ["a", "b", "a"] }))).toEqual(["A choice's values must differ from each other."]);
    expect(messagesOf(ZParamSpec.safeParse({ type: "choice", values: [] }))).toEqual(["Give a choice at least one value."]);
    expect(ZParamSpec.safeParse({ type: "int", min: 0.5, max: 2 }).success).toBe(false);
    expect(ZParamSpec.safeParse({ type: "float", min: 0, max: Infinity }).success).toBe(false);
    expect(ZParamSpec.safeParse({ type: "normal", min: 0, max: 1 }).success).toBe(false);
  });

  it("says what is wrong with the space", () => {
    expect(messagesOf(ZSearchSpace.safeParse({}))).toEqual(["Give the sweep at least one param to search."]);
    const tooMany = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`p${i}`, { type: "int", min: 0, max: 1 }]));
    expect(messagesOf(ZSearchSpace.safeParse(tooMany))).toEqual(["A sweep searches at most 30 params."]);
    const badName = ZSearchSpace.safeParse({ "9lives": { type: "int", min: 0, max: 1 } });
    expect(badName.error?.issues.map(({ message, path }) => ({ message, path }))).toEqual([
      { message: "A param's name is letters, digits and _, not starting with a digit.", path: ["9lives"] },
    ]);
  });
});

describe("gridOf", () => {
  it("lists every point, the first param changing slowest, values in the order given", () => {
    const space = ZSearchSpace.parse({ optimizer: { type: "choice", values: ["sgd", "adam"] }, layers: { type: "int", min: 1, max: 3 } });
    expect(gridOf(space)).toEqual([
      { optimizer: "sgd", layers: 1 },
      { optimizer: "sgd", layers: 2 },
      { optimizer: "sgd", layers: 3 },
      { optimizer: "adam", layers: 1 },
      { optimizer: "adam", layers: 2 },
      { optimizer: "adam", layers: 3 },
    ]);
  });

  it("refuses a float range, naming the param", () => {
    const space = ZSearchSpace.parse({ layers: { type: "int", min: 1, max: 3 }, lr: { type: "float", min: 0, max: 1 } });
    expect(() => gridOf(space)).toThrow('A grid searches choices and int ranges: give "lr" a list of values.');
  });

  it("refuses a grid of over 10,000 points, before building it", () => {
    const fits = ZSearchSpace.parse({ a: { type: "int", min: 1, max: 100 }, b: { type: "int", min: 1, max: 100 } });
    expect(gridOf(fits)).toHaveLength(10_000);
    const huge = ZSearchSpace.parse({ a: { type: "int", min: 1, max: 100 }, b: { type: "int", min: 0, max: 1_000_000_000 } });
    expect(() => gridOf(huge)).toThrow(/100,000,000,100 points, over the 10,000/);
  });
});
