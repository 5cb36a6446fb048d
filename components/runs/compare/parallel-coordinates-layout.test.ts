import { describe, expect, it } from "vitest";
import { sequentialColour } from "@/components/charts/series-colours";
import { layoutParallelCoordinates, MARGIN, MIN_AXIS_GAP, scaleFor, truncateLabel, type TParallelRun } from "./parallel-coordinates-layout";

const HEIGHT = 300;
const top = MARGIN.top;
const bottom = HEIGHT - MARGIN.bottom;
const yAt = (fraction: number) => bottom - fraction * (bottom - top);

const runs: TParallelRun[] = [
  { id: "a", name: "adam-small", params: { lr: 0.0001, optimizer: "adam", batch: 32 }, value: 0.5 },
  { id: "b", name: "sgd-large", params: { lr: 0.1, optimizer: "sgd", batch: 128 }, value: 0.9 },
  { id: "c", name: "adam-mid", params: { lr: 0.001, optimizer: "adam" }, value: 0.7 },
];

describe("scaleFor", () => {
  it("scales numbers from their lowest (bottom) to their highest (top), labelling both ends", () => {
    const scale = scaleFor([32, 128, 64, undefined]);
    expect(scale.kind).toBe("linear");
    expect([scale.at(32), scale.at(64), scale.at(128), scale.at(undefined)]).toEqual([0, 1 / 3, 1, null]);
    expect(scale.ticks[0]).toEqual({ at: 0, label: "32" });
    expect(scale.ticks.at(-1)).toEqual({ at: 1, label: "128" });
    // Round ticks between, none crowding another.
    expect(scale.ticks.map((tick) => tick.label)).toEqual(["32", "50", "75", "100", "128"]);
  });

  it("takes a log scale for positive numbers spanning two decades or more", () => {
    const scale = scaleFor([0.0001, 0.001, 0.1]);
    expect(scale.kind).toBe("log");
    expect(scale.at(0.001)).toBeCloseTo(1 / 3, 10);
    expect(scale.ticks.map((tick) => tick.label)).toEqual(["1e-4", "0.001", "0.01", "0.1"]);
    expect(scaleFor([0, 0.001, 0.1]).kind).toBe("linear");
    expect(scaleFor([1, 50]).kind).toBe("linear");
  });

  it("puts a value every run shares in the middle", () => {
    const scale = scaleFor([0.9, 0.9]);
    expect([scale.at(0.9), scale.ticks]).toEqual([0.5, [{ at: 0.5, label: "0.9" }]]);
  });

  it("spaces categories evenly in sorted order, numbers among them in numeric order", () => {
    const scale = scaleFor(["sgd", "adam", "rmsprop", "adam"]);
    expect(scale.kind).toBe("categorical");
    expect(scale.ticks).toEqual([
      { at: 0, label: "adam" },
      { at: 0.5, label: "rmsprop" },
      { at: 1, label: "sgd" },
    ]);
    expect(scale.at("rmsprop")).toBe(0.5);
    // Any value that is not a number makes the axis categorical: booleans, lists, strings of numbers.
    expect(scaleFor([true, false]).ticks.map((tick) => tick.label)).toEqual(["false", "true"]);
    expect(scaleFor(["10", "9", 2]).ticks.map((tick) => tick.label)).toEqual(["2", "9", "10"]);
    expect(scaleFor([[64, 64], [32]]).ticks.map((tick) => tick.label)).toEqual(["[32]", "[64,64]"]);
    expect(scaleFor(["only"]).at("only")).toBe(0.5);
    expect(scaleFor([null, undefined]).ticks).toEqual([]);
  });
});

describe("layoutParallelCoordinates", () => {
  it("spaces an axis a param evenly across the width, the metric's axis last", () => {
    const layout = layoutParallelCoordinates({ runs, paramKeys: ["batch", "lr", "optimizer"], metricLabel: "accuracy (last)", width: 900, height: HEIGHT });
    expect(layout.width).toBe(900);
    const gap = (900 - MARGIN.left - MARGIN.right) / 3;
    expect(layout.axes.map((axis) => [axis.key, axis.kind, axis.x, axis.isMetric])).toEqual([
      ["batch", "linear", MARGIN.left, false],
      ["lr", "log", MARGIN.left + gap, false],
      ["optimizer", "categorical", MARGIN.left + 2 * gap, false],
      ["metric", "linear", MARGIN.left + 3 * gap, true],
    ]);
    expect(layout.axes[3]).toMatchObject({ title: "accuracy (last)", label: "accuracy (last)" });
    expect(layout.axes[2].ticks).toEqual([
      { y: bottom, label: "adam" },
      { y: top, label: "sgd" },
    ]);
  });

  it("draws a run through its values, broken where it lacks one, coloured by the metric", () => {
    const layout = layoutParallelCoordinates({ runs, paramKeys: ["batch", "lr", "optimizer"], metricLabel: "accuracy (last)", width: 900, height: HEIGHT });
    const [small, large, mid] = layout.lines;
    const x = layout.axes.map((axis) => axis.x);
    expect(small.points).toEqual([
      { x: x[0], y: bottom },
      { x: x[1], y: bottom },
      { x: x[2], y: bottom },
      { x: x[3], y: bottom },
    ]);
    expect(large.points.map((point) => point?.y)).toEqual([top, top, top, top]);
    expect(mid.points[0]).toBeNull();
    expect(mid.points[1]!.y).toBeCloseTo(yAt(1 / 3), 10);
    expect(mid.points[3]!.y).toBeCloseTo(yAt(0.5), 10);
    expect(mid.path).toMatch(/^M\S+ \S+ L\S+ \S+ L\S+ \S+$/);
    expect(small.path.split(" L")).toHaveLength(4);
    expect([small.colour, large.colour, mid.colour]).toEqual([sequentialColour(0), sequentialColour(1), sequentialColour(0.5)]);
    expect(mid.description).toBe("adam-mid: batch not logged, lr 0.001, optimizer adam, accuracy (last) 0.7");
  });

  it("starts a new stroke after a gap, and greys a run without the metric", () => {
    const gappy: TParallelRun[] = [
      { id: "a", name: "a", params: { x: 1, z: 3 }, value: null },
      { id: "b", name: "b", params: { x: 2, y: 5, z: 4 }, value: 1 },
    ];
    const [a] = layoutParallelCoordinates({ runs: gappy, paramKeys: ["x", "y", "z"], metricLabel: "loss (min)", width: 600, height: HEIGHT }).lines;
    expect(a.points.map((point) => point === null)).toEqual([false, true, false, true]);
    expect(a.path).toMatch(/^M\S+ \S+ M\S+ \S+$/);
    expect(a.colour).toBe("#9aa3b2");
    expect(a.description).toBe("a: x 1, y not logged, z 3, loss (min) not logged");
  });

  it("grows wider than the room given when its axes need it, and shortens long titles", () => {
    const keys = Array.from({ length: 9 }, (_, index) => `a_rather_long_param_name_${index}`);
    const layout = layoutParallelCoordinates({ runs, paramKeys: keys, metricLabel: "loss (last)", width: 500, height: HEIGHT });
    expect(layout.width).toBe(MARGIN.left + MARGIN.right + 9 * MIN_AXIS_GAP);
    expect(layout.axes[1].x - layout.axes[0].x).toBe(MIN_AXIS_GAP);
    expect(layout.axes[0]).toMatchObject({ title: "a_rather_long_param_name_0", label: "a_rather_long_par…" });
    expect(truncateLabel("short")).toBe("short");
  });
});
