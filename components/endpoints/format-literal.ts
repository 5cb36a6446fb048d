// Request bodies laid out for people: nested objects and arrays one item a line, arrays of
// plain values (a row of numbers) on one line, as JSON for the test panel or as a Python
// literal for the snippets.

type TDialect = { null: string; true: string; false: string; trailingComma: string; step: string };

const JSON_DIALECT: TDialect = { null: "null", true: "true", false: "false", trailingComma: "", step: "  " };
const PYTHON_DIALECT: TDialect = { null: "None", true: "True", false: "False", trailingComma: ",", step: "    " };

function formatValue(value: unknown, dialect: TDialect, indent: string): string {
  if (value === null || value === undefined) return dialect.null;
  if (typeof value === "boolean") return value ? dialect.true : dialect.false;
  if (typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}${dialect.step}`;
  const lines = (items: string[], open: string, close: string) =>
    `${open}\n${items.map((item, index) => `${inner}${item}${index < items.length - 1 ? "," : dialect.trailingComma}`).join("\n")}\n${indent}${close}`;
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== "object")) return `[${value.map((item) => formatValue(item, dialect, inner)).join(", ")}]`;
    return lines(value.map((item) => formatValue(item, dialect, inner)), "[", "]");
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  return lines(entries.map(([key, item]) => `${JSON.stringify(key)}: ${formatValue(item, dialect, inner)}`), "{", "}");
}

/** JSON, two spaces a level. */
export function formatJson(value: unknown) {
  return formatValue(value, JSON_DIALECT, "");
}

/** A Python literal (None, True, False), four spaces a level, from `indent` on. */
export function toPythonLiteral(value: unknown, indent = "") {
  return formatValue(value, PYTHON_DIALECT, indent);
}
