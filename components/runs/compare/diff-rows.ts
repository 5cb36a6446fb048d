// What differs between runs: one row a key, its value in each run, and whether they agree.

export type TDiffRow = {
  key: string;
  /** One a run, in run order; undefined where a run lacks the key. */
  values: unknown[];
  isDifferent: boolean;
};

/** JSON with object keys sorted, so that {a, b} and {b, a} read the same; undefined as itself. */
function canonical(value: unknown): string {
  if (value === undefined) return "undefined";
  return JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Each key's values across the runs; a key some run lacks differs, as do equal-looking values of other types ("1" and 1). */
export function diffRows(records: readonly Record<string, unknown>[], keys: readonly string[]): TDiffRow[] {
  return keys.map((key) => {
    const values = records.map((record) => (Object.hasOwn(record, key) ? record[key] : undefined));
    const first = canonical(values[0]);
    return { key, values, isDifferent: values.some((value) => canonical(value) !== first) };
  });
}
