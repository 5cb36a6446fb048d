// Reads a request in one of MLflow's scoring-server formats and turns it into the canonical
// V2 request the gateway forwards, so clients written for `mlflow models serve` work
// unchanged. https://mlflow.org/docs/latest/deployment/deploy-model-locally.html
// - dataframe_split / dataframe_records: one V2 tensor per column, shaped [rows];
// - instances (TF-serving rows) / inputs (columnar): rows of values become one tensor
//   shaped [rows, ...]; objects of named values become one tensor per name.
// A column's datatype is the signature's type when the model has one, else read from the values.
import { countOf, describeValue, formatShape, InferenceError, rejectInput } from "./inference-error";
import { isDataFrameSignature, toV2Datatype, type TModelSignature } from "./check-signature";
import { checkTensorElements, countElements, isPlainObject, MAX_NESTING, MAX_PREALLOCATED, type TV2Datatype, type TV2InferRequest, type TV2Tensor } from "./parse-v2-request";

const FORMATS = ["dataframe_split", "dataframe_records", "instances", "inputs"] as const;
const ALLOWED = "'dataframe_split', 'dataframe_records', 'instances' or 'inputs'";

export function parseMlflowRequest(body: unknown, signature: TModelSignature | null): TV2InferRequest {
  if (!isPlainObject(body)) throw new InferenceError(400, `The request body must be a JSON object with one of ${ALLOWED}.`);
  const keys = Object.keys(body);
  const formats = FORMATS.filter((format) => Object.hasOwn(body, format));
  const stray = keys.filter((key) => key !== "params" && !(FORMATS as readonly string[]).includes(key));
  if (formats.length !== 1 || stray.length) {
    const given = keys.length ? keys.map((key) => `'${key}'`).join(", ") : "no keys";
    throw new InferenceError(422, `Send exactly one of ${ALLOWED} (and optionally 'params'); the body has ${given}.`);
  }
  const request: TV2InferRequest = { inputs: readFormat(formats[0], body[formats[0]], signature) };
  if (body.params !== undefined) {
    if (!isPlainObject(body.params)) throw new InferenceError(422, `'params' must be a JSON object, not ${describeValue(body.params)}.`);
    request.parameters = body.params; // MLflow's inference params ride as V2 request parameters
  }
  return request;
}

function readFormat(format: (typeof FORMATS)[number], value: unknown, signature: TModelSignature | null): TV2Tensor[] {
  switch (format) {
    case "dataframe_split": return readDataframeSplit(value, signature);
    case "dataframe_records": return readNamedRows(value, "dataframe_records", signature);
    case "instances": return readInstances(value, signature);
    case "inputs": return readColumnarInputs(value, signature);
  }
}

function readDataframeSplit(split: unknown, signature: TModelSignature | null): TV2Tensor[] {
  if (!isPlainObject(split)) throw new InferenceError(422, "'dataframe_split' must be an object with 'columns' and 'data'.");
  const { columns, data } = split; // 'index' labels rows for pandas; a model never sees it
  if (!Array.isArray(data) || data.length === 0) throw new InferenceError(422, "'dataframe_split.data' must be a non-empty array of rows.");
  const names = columns === undefined ? columnsOfSignature(signature) : readColumnNames(columns);
  const values = names.map(() => new Array<unknown>(data.length));
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!Array.isArray(row) || row.length !== names.length) {
      const got = Array.isArray(row) ? countOf(row.length, "value") : describeValue(row);
      throw new InferenceError(422, `'dataframe_split.data' row ${r} has ${got}; each row has one value per column (${names.length}).`);
    }
    for (let c = 0; c < names.length; c++) values[c][r] = row[c];
  }
  return names.map((name, c) => toTensor(name, [data.length], values[c], signature));
}

function readColumnNames(columns: unknown): string[] {
  if (!Array.isArray(columns) || columns.length === 0) throw new InferenceError(422, "'dataframe_split.columns' must be a non-empty array of column names.");
  const names = columns.map((column, i) => {
    if (typeof column === "string" || typeof column === "number") return String(column); // pandas labels may be numbers
    throw new InferenceError(422, `'dataframe_split.columns[${i}]' must be a column name, not ${describeValue(column)}.`);
  });
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate !== undefined) throw rejectInput(duplicate, "is a column twice in 'dataframe_split.columns'");
  return names;
}

/** MLflow reads a frame without column names in the signature's column order. */
function columnsOfSignature(signature: TModelSignature | null): string[] {
  if (signature?.inputs.length) return signature.inputs.map((entry) => entry.name);
  throw new InferenceError(422, "'dataframe_split' needs 'columns' when the model has no signature to name them.");
}

/** Rows that are objects (dataframe_records, or named instances): one tensor per key, each
 * shaped [rows, ...the value's shape]. Every row has the same keys: V2 has no missing value. */
function readNamedRows(rows: unknown, label: string, signature: TModelSignature | null): TV2Tensor[] {
  if (!Array.isArray(rows) || rows.length === 0) throw new InferenceError(422, `'${label}' must be a non-empty array of objects.`);
  if (!isPlainObject(rows[0]) || Object.keys(rows[0]).length === 0) throw new InferenceError(422, `'${label}[0]' must be an object of column values, not ${describeValue(rows[0])}.`);
  const names = Object.keys(rows[0]);
  const columns = names.map(() => new Array<unknown>(rows.length));
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!isPlainObject(row)) throw new InferenceError(422, `'${label}[${r}]' must be an object like '${label}[0]', not ${describeValue(row)}.`);
    for (let c = 0; c < names.length; c++) {
      if (!Object.hasOwn(row, names[c])) throw rejectInput(names[c], `is missing from '${label}[${r}]'; every row needs the keys of row 0`);
      columns[c][r] = row[names[c]];
    }
    if (Object.keys(row).length !== names.length) {
      const extra = Object.keys(row).find((key) => !names.includes(key))!;
      throw rejectInput(extra, `appears in '${label}[${r}]' but not in row 0; every row needs the same keys`);
    }
  }
  return names.map((name, c) => {
    const { shape, data } = readNested(name, columns[c]);
    return toTensor(name, shape, data, signature);
  });
}

function readInstances(instances: unknown, signature: TModelSignature | null): TV2Tensor[] {
  if (!Array.isArray(instances) || instances.length === 0) throw new InferenceError(422, "'instances' must be a non-empty array of rows.");
  if (isPlainObject(instances[0])) return readNamedRows(instances, "instances", signature);
  return readRows(instances, signature);
}

function readColumnarInputs(inputs: unknown, signature: TModelSignature | null): TV2Tensor[] {
  if (Array.isArray(inputs) && inputs.length > 0) return readRows(inputs, signature);
  if (!isPlainObject(inputs) || Object.keys(inputs).length === 0) {
    throw new InferenceError(422, "'inputs' must be a non-empty array, or an object of named arrays.");
  }
  return Object.entries(inputs).map(([name, value]) => {
    const { shape, data } = readNested(name, value);
    return toTensor(name, shape, data, signature);
  });
}

/** A plain array of rows is one tensor [rows, ...], named after the model's only input. For a
 * DataFrame model whose rows have one value per column, the values are its columns in order. */
function readRows(rows: unknown[], signature: TModelSignature | null): TV2Tensor[] {
  const name = signature?.inputs.length === 1 ? signature.inputs[0].name : "input";
  const { shape, data } = readNested(name, rows);
  const width = signature?.inputs.length ?? 0;
  if (!signature || !isDataFrameSignature(signature) || shape.length !== 2 || shape[1] !== width) {
    return [toTensor(name, shape, data, signature)];
  }
  return signature.inputs.map((entry, c) => {
    const column = new Array<unknown>(shape[0]);
    for (let r = 0; r < shape[0]; r++) column[r] = data[r * width + c];
    return toTensor(entry.name, [shape[0]], column, signature);
  });
}

/** The shape and row-major values of nested JSON arrays; a ragged array is refused. */
function readNested(name: string, value: unknown): { shape: number[]; data: unknown[] } {
  const shape: number[] = [];
  for (let level = value; Array.isArray(level); level = level[0]) {
    if (shape.length === MAX_NESTING) throw rejectInput(name, `nests its values deeper than ${MAX_NESTING} levels`);
    shape.push(level.length);
    if (level.length === 0) break;
  }
  if (shape.length === 0) return { shape, data: [value] };
  const data = new Array<unknown>(Math.min(countElements(shape), MAX_PREALLOCATED)); // see MAX_PREALLOCATED
  data.length = collectNested(name, value, shape, 0, data, 0);
  return { shape, data };
}

function collectNested(name: string, value: unknown, shape: number[], depth: number, into: unknown[], at: number): number {
  if (!Array.isArray(value) || value.length !== shape[depth]) {
    const got = Array.isArray(value) ? countOf(value.length, "item") : describeValue(value);
    throw rejectInput(name, `is ragged: at depth ${depth} it has ${got} where its first values have ${countOf(shape[depth], "item")}`);
  }
  const isLastLevel = depth === shape.length - 1;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isLastLevel) at = collectNested(name, item, shape, depth + 1, into, at);
    else if (Array.isArray(item)) throw rejectInput(name, `is ragged: it nests deeper in places than its first values (shape ${formatShape(shape)})`);
    else into[at++] = item;
  }
  return at;
}

function toTensor(name: string, shape: number[], data: unknown[], signature: TModelSignature | null): TV2Tensor {
  const entry = signature?.inputs.find((input) => input.name === name);
  const datatype = (entry && toV2Datatype(entry.type)) ?? inferDatatype(data);
  checkTensorElements(name, datatype, data);
  return { name, shape, datatype, data };
}

/** What pandas would make of a column: all integers → INT64, other numbers → FP64, else by the
 * first value; a mix is then refused by checkTensorElements, naming the odd element. */
function inferDatatype(data: unknown[]): TV2Datatype {
  const first = data[0];
  if (typeof first === "boolean") return "BOOL";
  if (typeof first === "string") return "BYTES";
  for (const value of data) if (typeof value === "number" && !Number.isSafeInteger(value)) return "FP64";
  return typeof first === "number" ? "INT64" : "FP64";
}
