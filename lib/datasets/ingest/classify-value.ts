// What kind of value a cell holds. CSV cells are text and are judged by how they are
// written; JSON and Parquet values already have types and keep them.
export type TValueKind = "null" | "integer" | "number" | "boolean" | "datetime" | "string";

// No leading zeros: "007" is an identifier, and reading it as 7 would lose it.
const INTEGER = /^[+-]?(?:0|[1-9]\d*)$/;
const NUMBER = /^[+-]?(?:(?:0|[1-9]\d*)(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATETIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?$/;

/** The pattern checks the ranges of every part, so whatever it takes Date.parse reads. */
export function isDatetimeText(text: string) {
  return DATETIME.test(text);
}

export function classifyCsvText(text: string): TValueKind {
  if (text === "") return "null";
  const first = text.charCodeAt(0);
  // Digits, signs and dots: the only way into the number and date checks (cheap on text).
  if ((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46) {
    // Beyond 2^53 an integer no longer round-trips through a JSON number: keep it as text.
    if (INTEGER.test(text)) return Number.isSafeInteger(Number(text)) ? "integer" : "string";
    if (NUMBER.test(text)) return Number.isFinite(Number(text)) ? "number" : "string";
    return isDatetimeText(text) ? "datetime" : "string";
  }
  const lower = text.length <= 5 ? text.toLowerCase() : "";
  return lower === "true" || lower === "false" ? "boolean" : "string";
}

/** For values already normalised to JSON (see normaliseJsonValue). */
export function classifyJsonValue(value: unknown): TValueKind {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "string") return isDatetimeText(value) ? "datetime" : "string";
  return "string";
}

/** Parquet's richer values made JSON: big integers, dates, bytes, non-finite floats. */
export function normaliseJsonValue(value: unknown): unknown {
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (Array.isArray(value)) return value.map(normaliseJsonValue);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normaliseJsonValue(inner)]));
  }
  return value;
}
