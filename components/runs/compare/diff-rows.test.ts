import { describe, expect, it } from "vitest";
import { diffRows } from "./diff-rows";

describe("diffRows", () => {
  it("marks the keys whose values differ, in the keys' order, a value per run", () => {
    const rows = diffRows(
      [
        { lr: 0.01, optimizer: "adam", epochs: 10 },
        { lr: 0.1, optimizer: "adam", epochs: 10 },
        { lr: 0.01, optimizer: "adam", epochs: 10 },
      ],
      ["epochs", "lr", "optimizer"],
    );
    expect(rows).toEqual([
      { key: "epochs", values: [10, 10, 10], isDifferent: false },
      { key: "lr", values: [0.01, 0.1, 0.01], isDifferent: true },
      { key: "optimizer", values: ["adam", "adam", "adam"], isDifferent: false },
    ]);
  });

  it("counts a key one run lacks as a difference, even against null", () => {
    const [momentum, dropout] = diffRows([{ momentum: 0.9, dropout: null }, { momentum: 0.9 }], ["momentum", "dropout"]);
    expect(momentum.isDifferent).toBe(false);
    expect(dropout).toEqual({ key: "dropout", values: [null, undefined], isDifferent: true });
    expect(diffRows([{}, {}], ["absent"])[0]).toEqual({ key: "absent", values: [undefined, undefined], isDifferent: false });
  });

  it("compares nested values by content, whatever the order of their keys, and tells types apart", () => {
    const [layers, schedule, seed] = diffRows(
      [
        { layers: [64, 32], schedule: { kind: "cosine", warmup: 5 }, seed: 1 },
        { layers: [64, 32], schedule: { warmup: 5, kind: "cosine" }, seed: "1" },
      ],
      ["layers", "schedule", "seed"],
    );
    expect([layers.isDifferent, schedule.isDifferent, seed.isDifferent]).toEqual([false, false, true]);
    expect(diffRows([{ layers: [64, 32] }, { layers: [32, 64] }], ["layers"])[0].isDifferent).toBe(true);
    expect(diffRows([{ a: { x: { p: 1, q: 2 } } }, { a: { x: { q: 2, p: 1 } } }], ["a"])[0].isDifferent).toBe(false);
  });
});
