import { describe, expect, it } from "vitest";
import { ZSearchSpace, type TParams, type TSearchSpace } from "./search-space";
import { suggestParams, TPE_STARTUP_TRIALS } from "./suggest-params";

type TMethod = "grid" | "random" | "tpe";
type THistory = Array<{ params: TParams; value: number | null }>;

const MIXED = ZSearchSpace.parse({
  optimizer: { type: "choice", values: ["adam", "sgd", "rmsprop"] },
  layers: { type: "int", min: 1, max: 4 },
  width: { type: "int", min: 8, max: 512, log: true },
  lr: { type: "float", min: 1e-4, max: 1, log: true },
  dropout: { type: "float", min: 0, max: 0.5 },
});

function pending(count: number): THistory {
  return Array.from({ length: count }, () => ({ params: {}, value: null }));
}

function suggest(method: TMethod, space: TSearchSpace, history: THistory, seed = 7) {
  const params = suggestParams({ method, space, history, direction: "minimize", seed });
  if (!params) throw new Error("Expected params.");
  return params;
}

/** Trials one after another, each scored before the next is suggested. */
function runSweep(method: TMethod, space: TSearchSpace, objective: (params: TParams) => number, seed: number, trials = 40) {
  const history: THistory = [];
  for (let i = 0; i < trials; i++) {
    const params = suggest(method, space, history, seed);
    history.push({ params, value: objective(params) });
  }
  return history.map((trial) => trial.params);
}

function expectWithin(space: TSearchSpace, params: TParams) {
  expect(Object.keys(params)).toEqual(Object.keys(space));
  for (const [name, spec] of Object.entries(space)) {
    const value = params[name];
    if (spec.type === "choice") {
      expect(spec.values).toContain(value);
      continue;
    }
    expect(typeof value).toBe("number");
    if (spec.type === "int") expect(Number.isInteger(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(spec.min);
    expect(value).toBeLessThanOrEqual(spec.max);
  }
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2;
}

describe("suggestParams by grid", () => {
  it("walks the grid in order and answers null once it is done", () => {
    const space = ZSearchSpace.parse({ a: { type: "choice", values: ["x", "y"] }, b: { type: "int", min: 0, max: 1 } });
    const points = [0, 1, 2, 3].map((i) => suggest("grid", space, pending(i)));
    expect(points).toEqual([
      { a: "x", b: 0 },
      { a: "x", b: 1 },
      { a: "y", b: 0 },
      { a: "y", b: 1 },
    ]);
    expect(suggestParams({ method: "grid", space, history: pending(4), direction: "minimize", seed: 1 })).toBeNull();
  });
});

describe("suggestParams at random", () => {
  it("gives the same params for the same seed and trial, and others otherwise", () => {
    expect(suggest("random", MIXED, pending(3), 42)).toEqual(suggest("random", MIXED, pending(3), 42));
    expect(suggest("random", MIXED, pending(3), 42)).not.toEqual(suggest("random", MIXED, pending(4), 42));
    expect(suggest("random", MIXED, pending(3), 42)).not.toEqual(suggest("random", MIXED, pending(3), 43));
  });

  it("stays in bounds, reaches both ends of an int range, and spreads a log range evenly over its decades", () => {
    const draws = Array.from({ length: 1000 }, (_, i) => suggest("random", MIXED, pending(i % 50), Math.floor(i / 50)));
    for (const params of draws) expectWithin(MIXED, params);
    expect(new Set(draws.map((params) => params.layers))).toEqual(new Set([1, 2, 3, 4]));
    expect(new Set(draws.map((params) => params.optimizer))).toEqual(new Set(["adam", "sgd", "rmsprop"]));
    // The geometric mean of 1e-4 and 1 is 1e-2; a uniform draw's median would be near 0.5.
    const lrMedian = median(draws.map((params) => params.lr as number));
    expect(Math.log10(lrMedian)).toBeGreaterThan(-2.3);
    expect(Math.log10(lrMedian)).toBeLessThan(-1.7);
    expect(Math.log10(median(draws.map((params) => params.width as number)))).toBeCloseTo(Math.log10(Math.sqrt(8 * 512)), 0);
  });
});

describe("suggestParams by TPE", () => {
  const quadratic = (params: TParams) => ((params.x as number) - 0.3) ** 2;
  const line = ZSearchSpace.parse({ x: { type: "float", min: 0, max: 1 } });
  const meanMiss = (points: TParams[]) => points.slice(-20).reduce((sum, params) => sum + Math.abs((params.x as number) - 0.3), 0) / 20;

  it("searches at random until it has enough values to model", () => {
    expect(suggest("tpe", MIXED, pending(2), 5)).toEqual(suggest("random", MIXED, pending(2), 5));
    const unscored = pending(TPE_STARTUP_TRIALS + 3);
    expect(suggest("tpe", MIXED, unscored, 5)).toEqual(suggest("random", MIXED, unscored, 5));
  });

  it("gives the same params for the same seed and history, within bounds", () => {
    const history: THistory = [];
    for (let i = 0; i < 60; i++) {
      const params = suggest("tpe", MIXED, history, 11);
      expect(suggest("tpe", MIXED, history, 11)).toEqual(params);
      expectWithin(MIXED, params);
      const value = Math.log10(params.lr as number) + (params.optimizer === "sgd" ? 1 : 0) + (i % 7 === 0 ? NaN : 0);
      history.push({ params, value: i % 5 === 4 ? null : value });
    }
  });

  it("homes in on the best region of a float, far better than random search", () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const tpe = meanMiss(runSweep("tpe", line, quadratic, seed));
      const random = meanMiss(runSweep("random", line, quadratic, seed));
      expect(tpe).toBeLessThan(0.12);
      expect(tpe).toBeLessThan(random / 2);
    }
  });

  it("maximizes as well as minimizes", () => {
    const history: THistory = [];
    for (let i = 0; i < 40; i++) {
      const params = suggestParams({ method: "tpe", space: line, history, direction: "maximize", seed: 9 });
      history.push({ params: params!, value: -quadratic(params!) });
    }
    expect(meanMiss(history.map((trial) => trial.params))).toBeLessThan(0.1);
  });

  it("picks the best choice most of the time once it has seen it", () => {
    const space = ZSearchSpace.parse({ act: { type: "choice", values: ["relu", "tanh", "gelu", "sigmoid"] } });
    const loss: Record<string, number> = { relu: 1, tanh: 2, gelu: 0, sigmoid: 3 };
    for (const seed of [1, 2, 3]) {
      const late = runSweep("tpe", space, (params) => loss[params.act as string], seed).slice(-20);
      expect(late.filter((params) => params.act === "gelu").length).toBeGreaterThanOrEqual(15);
    }
  });
});
