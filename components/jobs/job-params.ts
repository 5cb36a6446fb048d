// The new-job form's params, typed as rows of name and value, as the JSON object a job takes:
// a value that reads as a number is sent as one, true and false as booleans, the rest as text.
export type TParamRow = { id: number; name: string; value: string };
export type TParamValue = string | number | boolean;

const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

export function parseParamValue(text: string): TParamValue {
  const value = text.trim();
  if (value === "true" || value === "false") return value === "true";
  if (JSON_NUMBER.test(value) && Number.isFinite(Number(value))) return Number(value);
  return text;
}

/** Rows left blank are skipped; a name given twice is an error on its second row. */
export function paramsFromRows(rows: TParamRow[]): { params: Record<string, TParamValue>; errors: Record<number, string> } {
  const params: Record<string, TParamValue> = {};
  const errors: Record<number, string> = {};
  for (const row of rows) {
    const name = row.name.trim();
    if (!name && !row.value.trim()) continue;
    if (!name) errors[row.id] = "Name this param, or remove the row.";
    else if (Object.hasOwn(params, name)) errors[row.id] = `"${name}" is named twice.`;
    else params[name] = parseParamValue(row.value);
  }
  return { params, errors };
}
