// Whether a stored answer is the one sent again (a double submit), whatever its key order.
import { ZResult, type TResult } from "./results";

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([key, inner]) => [key, canonical(inner)]));
  }
  return value;
}

export function isSameResult(stored: unknown, result: TResult) {
  const parsed = ZResult.safeParse(stored);
  return parsed.success && JSON.stringify(canonical(parsed.data)) === JSON.stringify(canonical(result));
}
