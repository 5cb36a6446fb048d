// Metric values as JSON carries them: numbers, or the names of the values JSON lacks.
import type { TMetricValue } from "@/lib/protocol/sdk-events";

export function fromStoredValue(value: number): TMetricValue {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  return value;
}

export function toNumber(value: TMetricValue) {
  if (value === "NaN") return NaN;
  if (value === "Infinity") return Infinity;
  if (value === "-Infinity") return -Infinity;
  return value;
}
