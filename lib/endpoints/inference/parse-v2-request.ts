// Reads an Open Inference Protocol (KServe V2) inference request from a parsed JSON body
// and checks it against the spec: the gateway forwards only requests a V2 model server
// will accept, and tells the client precisely which tensor is wrong when it will not.
// It runs on every request, so `data` is checked in one tight loop per tensor, never with
// a schema per element (a tensor may hold 100k numbers).
// https://kserve.github.io/website/docs/concepts/architecture/data-plane/v2-protocol
import { countOf, describeValue, formatShape, InferenceError, rejectInput } from "./inference-error";

export const V2_DATATYPES = [
  "BOOL", "UINT8", "UINT16", "UINT32", "UINT64", "INT8", "INT16", "INT32", "INT64", "FP16", "FP32", "FP64", "BYTES",
] as const;
export type TV2Datatype = (typeof V2_DATATYPES)[number];

export type TV2Tensor = {
  name: string;
  shape: number[];
  datatype: TV2Datatype;
  /** Flat, row-major: nested JSON arrays are flattened on the way in. */
  data: unknown[];
  parameters?: Record<string, unknown>;
};

export type TV2InferRequest = {
  id?: string;
  inputs: TV2Tensor[];
  outputs?: { name: string; parameters?: Record<string, unknown> }[];
  parameters?: Record<string, unknown>;
};

// JSON.parse turns an integer past 2^53 into the nearest double, so forwarding it would
// silently change the value: 64-bit integers are refused beyond the exactly representable range.
const INTEGER_RANGES: Partial<Record<TV2Datatype, readonly [number, number]>> = {
  INT8: [-128, 127], INT16: [-32768, 32767], INT32: [-2147483648, 2147483647],
  INT64: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  UINT8: [0, 255], UINT16: [0, 65535], UINT32: [0, 4294967295], UINT64: [0, Number.MAX_SAFE_INTEGER],
};
/** Beyond these a value becomes infinity in the model's float type. */
const FLOAT_LIMITS: Partial<Record<TV2Datatype, number>> = { FP16: 65504, FP32: 3.4028234663852886e38, FP64: Number.MAX_VALUE };
/** Deeper nesting than any real tensor: refused before recursion could exhaust the stack. */
export const MAX_NESTING = 32;
const DATATYPE_SET: ReadonlySet<string> = new Set(V2_DATATYPES);

export function isV2Datatype(value: unknown): value is TV2Datatype {
  return typeof value === "string" && DATATYPE_SET.has(value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Throws unless every element is a JSON value of `datatype`'s kind and within its range.
 * One small loop per kind keeps each loop's type feedback narrow, so V8 keeps it fast. */
export function checkTensorElements(name: string, datatype: TV2Datatype, data: readonly unknown[]): void {
  const range = INTEGER_RANGES[datatype];
  if (range) return checkIntegers(name, datatype, data, range[0], range[1]);
  const limit = FLOAT_LIMITS[datatype];
  if (limit) return checkFloats(name, datatype, data, limit);
  if (datatype === "BOOL") return checkKinds(name, datatype, data, "boolean", "true or false");
  return checkKinds(name, datatype, data, "string", "strings");
}

function checkIntegers(name: string, datatype: TV2Datatype, data: readonly unknown[], min: number, max: number) {
  for (let i = 0; i < data.length; i++) {
    const value = data[i];
    if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) continue;
    throw rejectInput(name, `element ${i} is ${describeValue(value)}; ${datatype} takes integers from ${min} to ${max}`);
  }
}

function checkFloats(name: string, datatype: TV2Datatype, data: readonly unknown[], limit: number) {
  for (let i = 0; i < data.length; i++) {
    const value = data[i];
    if (typeof value === "number" && value >= -limit && value <= limit) continue; // NaN fails too
    const within = datatype === "FP64" ? "finite numbers" : `numbers within ±${limit}`;
    throw rejectInput(name, `element ${i} is ${describeValue(value)}; ${datatype} takes ${within}`);
  }
}

function checkKinds(name: string, datatype: TV2Datatype, data: readonly unknown[], kind: "boolean" | "string", takes: string) {
  for (let i = 0; i < data.length; i++) {
    if (typeof data[i] !== kind) throw rejectInput(name, `element ${i} is ${describeValue(data[i])}; ${datatype} takes ${takes}`);
  }
}

/** Writing into an array of the expected size is several times faster than push (100k values:
 * ~1 ms instead of ~4); capped, so that a made-up shape cannot make us reserve gigabytes. */
export const MAX_PREALLOCATED = 1 << 20;

/** The data in row-major order: the spec lets JSON nest it by shape. A flat array is returned as is. */
export function flattenData(name: string, data: unknown[], expectedLength = 0): unknown[] {
  for (let i = 0; i < data.length; i++) {
    if (!Array.isArray(data[i])) continue;
    const flat = new Array<unknown>(Math.min(expectedLength, MAX_PREALLOCATED));
    flat.length = fillFlat(name, data, flat, 0, 1);
    return flat;
  }
  return data;
}

function fillFlat(name: string, items: unknown[], into: unknown[], at: number, depth: number): number {
  if (depth > MAX_NESTING) throw rejectInput(name, `nests its data deeper than ${MAX_NESTING} levels`);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (Array.isArray(item)) at = fillFlat(name, item, into, at, depth + 1);
    else into[at++] = item;
  }
  return at;
}

export function countElements(shape: readonly number[]): number {
  let count = 1;
  for (const dimension of shape) count *= dimension;
  return count;
}

export function parseV2Request(body: unknown): TV2InferRequest {
  if (!isPlainObject(body)) throw new InferenceError(400, "The request body must be a JSON object with an 'inputs' array.");
  const { id, inputs, outputs, parameters } = body;
  if (!Array.isArray(inputs) || inputs.length === 0) {
    throw new InferenceError(422, `'inputs' must be a non-empty array of tensors, not ${describeValue(inputs)}.`);
  }
  if (id !== undefined && typeof id !== "string") throw new InferenceError(422, `'id' must be a string, not ${describeValue(id)}.`);
  const request: TV2InferRequest = { inputs: inputs.map(parseTensor) };
  const seen = new Set<string>();
  for (const { name } of request.inputs) {
    if (seen.has(name)) throw rejectInput(name, "is given twice; each input appears once");
    seen.add(name);
  }
  if (id !== undefined) request.id = id;
  if (outputs !== undefined) request.outputs = parseRequestedOutputs(outputs);
  if (parameters !== undefined) request.parameters = parseParameters(parameters, "'parameters'");
  return request;
}

function parseTensor(value: unknown, index: number): TV2Tensor {
  if (!isPlainObject(value)) throw new InferenceError(422, `inputs[${index}] must be a tensor object (name, shape, datatype, data), not ${describeValue(value)}.`);
  const { name, shape, datatype, data, parameters } = value;
  if (typeof name !== "string" || !name) throw new InferenceError(422, `inputs[${index}] needs a non-empty string 'name', not ${describeValue(name)}.`);
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
    const shown = Array.isArray(shape) ? formatShape(shape.map((d) => JSON.stringify(d))) : describeValue(shape);
    throw rejectInput(name, `has shape ${shown}; a shape is a list of non-negative integers`);
  }
  if (!isV2Datatype(datatype)) throw rejectInput(name, `has datatype ${describeValue(datatype)}; the datatypes are ${V2_DATATYPES.join(", ")}`);
  if (data === undefined && isPlainObject(parameters) && parameters.binary_data_size !== undefined) {
    throw new InferenceError(415, `input '${name}' sends binary tensor data, which this endpoint does not read; send its values as JSON 'data'.`, name);
  }
  if (!Array.isArray(data)) throw rejectInput(name, `needs 'data', an array of its values in row-major order, not ${describeValue(data)}`);
  const expected = countElements(shape);
  // Data is nested when its first value is an array. Flat data (the usual case) skips the
  // flattening pass; an array further in is then refused by the element check.
  const flat = Array.isArray(data[0]) ? flattenData(name, data, expected) : data;
  if (flat.length !== expected) throw rejectInput(name, `has ${countOf(flat.length, "value")}; shape ${formatShape(shape)} holds ${expected}`);
  checkTensorElements(name, datatype, flat);
  const tensor: TV2Tensor = { name, shape, datatype, data: flat };
  if (parameters !== undefined) tensor.parameters = parseParameters(parameters, `input '${name}' parameters`);
  return tensor;
}

function parseRequestedOutputs(outputs: unknown): { name: string; parameters?: Record<string, unknown> }[] {
  if (!Array.isArray(outputs)) throw new InferenceError(422, `'outputs' must be an array of {name}, not ${describeValue(outputs)}.`);
  return outputs.map((output, index) => {
    if (!isPlainObject(output) || typeof output.name !== "string" || !output.name) {
      throw new InferenceError(422, `outputs[${index}] must be an object with a non-empty string 'name'.`);
    }
    if (output.parameters === undefined) return { name: output.name };
    return { name: output.name, parameters: parseParameters(output.parameters, `output '${output.name}' parameters`) };
  });
}

function parseParameters(value: unknown, what: string): Record<string, unknown> {
  if (!isPlainObject(value)) throw new InferenceError(422, `${what} must be a JSON object, not ${describeValue(value)}.`);
  return value;
}
