// One column's statistics, gathered value by value in the single pass over a table. Values
// are counted in a Map (value → how many), which gives the exact distinct count and, at the
// end, the histogram, without keeping the column itself.
import { createHash } from "node:crypto";
import type { TValueKind } from "./classify-value";
import type { TColumnStats, TColumnType } from "./schemas";

export const HISTOGRAM_BINS = 20;
// Longer texts are counted by their SHA-256, so a column of documents is not kept in memory.
const HASHED_KEY_CHARS = 256;

type TKey = string | number | boolean;

const KIND_BITS: Record<TValueKind, number> = { null: 0, integer: 1, number: 2, boolean: 4, datetime: 8, string: 16 };

export class ColumnStatsCollector {
  private nulls = 0;
  private kinds = 0; // a bit per kind seen (KIND_BITS): cheaper than a Set on every cell
  private readonly counts = new Map<TKey, number>();
  private readonly keyTypes = new Set<string>();
  private numericCount = 0;
  private sum = 0;
  private minNumber = Infinity;
  private maxNumber = -Infinity;
  private minTime = Infinity;
  private maxTime = -Infinity;
  private minDatetime?: string;
  private maxDatetime?: string;

  constructor(readonly name: string) {}

  /** For a column first seen after some rows: those rows lacked it. */
  addNulls(count: number) {
    this.nulls += count;
  }

  /** value is the cell as written to rows.jsonl; a CSV number written as text comes as text. */
  add(value: unknown, kind: TValueKind) {
    if (kind === "null") {
      this.nulls++;
      return;
    }
    this.kinds |= KIND_BITS[kind];
    const key = keyOf(value);
    const seen = this.counts.get(key);
    this.counts.set(key, (seen ?? 0) + 1);
    if (kind === "integer" || kind === "number") {
      const number = typeof value === "number" ? value : Number(value);
      this.numericCount++;
      this.sum += number;
      if (number < this.minNumber) this.minNumber = number;
      if (number > this.maxNumber) this.maxNumber = number;
    } else if (kind === "datetime" && seen === undefined) {
      // Only a value not seen before can move the range: dates repeat, and parsing is slow.
      const time = Date.parse(value as string);
      if (time < this.minTime) [this.minTime, this.minDatetime] = [time, value as string];
      if (time > this.maxTime) [this.maxTime, this.maxDatetime] = [time, value as string];
    }
    if (seen === undefined) this.keyTypes.add(typeof key);
  }

  get type(): TColumnType {
    const { integer, number, boolean, datetime } = KIND_BITS;
    if (this.kinds === integer) return "integer";
    if (this.kinds === number || this.kinds === (integer | number)) return "number";
    if (this.kinds === boolean) return "boolean";
    if (this.kinds === datetime) return "datetime";
    return "string"; // none seen, strings, or kinds mixed
  }

  /** Value → count, keyed the way the column's final type stores values. */
  private countsAs(type: TColumnType) {
    const natural = type === "integer" || type === "number" ? "number" : type === "boolean" ? "boolean" : "string";
    if ([...this.keyTypes].every((keyType) => keyType === natural)) return this.counts;
    const convert = CONVERT_KEY[type];
    const merged = new Map<TKey, number>();
    for (const [key, count] of this.counts) {
      const converted = convert(key);
      merged.set(converted, (merged.get(converted) ?? 0) + count);
    }
    return merged;
  }

  finish(): TColumnStats {
    const type = this.type;
    const counts = this.countsAs(type);
    const stats: TColumnStats = { name: this.name, type, nulls: this.nulls, distinct: counts.size };
    if ((type === "integer" || type === "number") && this.numericCount > 0) {
      Object.assign(stats, { min: this.minNumber, max: this.maxNumber, mean: this.sum / this.numericCount });
      stats.histogram = buildHistogram(counts as Map<number, number>, this.minNumber, this.maxNumber);
    } else if (type === "datetime" && this.minDatetime !== undefined) {
      Object.assign(stats, { min: this.minDatetime, max: this.maxDatetime });
    }
    return stats;
  }
}

function keyOf(value: unknown): TKey {
  const key = typeof value === "object" ? JSON.stringify(value) : (value as TKey);
  if (typeof key !== "string" || key.length <= HASHED_KEY_CHARS) return key;
  return `\u0000sha256:${createHash("sha256").update(key).digest("base64")}`;
}

const CONVERT_KEY: Record<TColumnType, (key: TKey) => TKey> = {
  integer: Number,
  number: Number,
  boolean: (key) => key === true || String(key).toLowerCase() === "true",
  datetime: (key) => key,
  string: String,
};

/** Equal-width bins from min to max, the last one closed; a constant column gets one bin's
 * width around its value, so the chart still has a visible bar. */
export function buildHistogram(counts: Map<number, number>, min: number, max: number) {
  const [low, high] = min === max ? [min - 0.5, max + 0.5] : [min, max];
  const width = (high - low) / HISTOGRAM_BINS;
  const edges = Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) => (i === HISTOGRAM_BINS ? high : low + i * width));
  const binCounts: number[] = new Array(HISTOGRAM_BINS).fill(0);
  for (const [value, count] of counts) {
    let bin = Math.min(HISTOGRAM_BINS - 1, Math.floor((value - low) / width));
    // Rounding may put a value one bin off its edges; the edges are what a reader sees.
    if (bin > 0 && value < edges[bin]) bin--;
    else if (bin < HISTOGRAM_BINS - 1 && value >= edges[bin + 1]) bin++;
    binCounts[bin] += count;
  }
  return { edges, counts: binCounts };
}
