// The new-sweep form's params, typed as rows: each one fixed (one value for every trial) or
// searched (a list of choices, or an int or float range), read into the sweep's fixed params
// and search space, with each row's problem in words.
import { parseParamValue, type TParamValue } from "@/components/jobs/job-params";
import type { TParamSpec } from "@/lib/sweeps/search-space";

export type TSpaceRowKind = "fixed" | "choice" | "int" | "float";
export type TSpaceRow = {
  id: number;
  name: string;
  kind: TSpaceRowKind;
  /** The fixed value, or the choices separated by commas. */
  value: string;
  min: string;
  max: string;
  isLog: boolean;
};

export function newSpaceRow(id: number, change: Partial<TSpaceRow> = {}): TSpaceRow {
  return { id, name: "", kind: "fixed", value: "", min: "", max: "", isLog: false, ...change };
}

/** A job's params as rows, fixed as they were: the user picks which to search. */
export function rowsFromParams(params: Record<string, unknown>): TSpaceRow[] {
  return Object.entries(params).map(([name, value], index) => newSpaceRow(index + 1, { name, value: String(value) }));
}

function rangeOf(row: TSpaceRow): TParamSpec | string {
  const [min, max] = [row.min, row.max].map((text) => (text.trim() === "" ? NaN : Number(text)));
  if (!Number.isFinite(min) || !Number.isFinite(max)) return "Give the range a number at each end.";
  if (row.kind === "int" && !(Number.isInteger(min) && Number.isInteger(max))) return "An int range goes from a whole number to a whole number.";
  if (min > max) return "The range's start is above its end.";
  if (row.isLog && min <= 0) return "A log-scale range starts above 0.";
  return { type: row.kind as "int" | "float", min, max, log: row.isLog };
}

function specOf(row: TSpaceRow): TParamSpec | string {
  if (row.kind !== "choice") return rangeOf(row);
  const values = row.value.split(",").flatMap((text) => (text.trim() ? [parseParamValue(text.trim())] : []));
  if (values.length === 0) return "List the values to try, separated by commas.";
  if (new Set(values).size < values.length) return "A value is listed twice.";
  return { type: "choice", values };
}

/** Blank rows are skipped; a name given twice is an error on its second row. */
export function spaceFromRows(rows: TSpaceRow[]) {
  const params: Record<string, TParamValue> = {};
  const space: Record<string, TParamSpec> = {};
  const errors: Record<number, string> = {};
  const names = new Set<string>();
  for (const row of rows) {
    const name = row.name.trim();
    const isBlank = !name && !row.value.trim() && !row.min.trim() && !row.max.trim();
    if (isBlank) continue;
    if (!name) errors[row.id] = "Name this param, or remove the row.";
    else if (names.has(name)) errors[row.id] = `"${name}" is named twice.`;
    if (errors[row.id]) continue;
    names.add(name);
    if (row.kind === "fixed") {
      params[name] = parseParamValue(row.value);
      continue;
    }
    const spec = specOf(row);
    if (typeof spec === "string") errors[row.id] = spec;
    else space[name] = spec;
  }
  return { params, space, errors };
}
