// Checks a canonical V2 request against the model's signature (as the SDK's
// infer_signature stores it) before the gateway forwards it, so a client gets a 422 that
// names the input at fault instead of a stack trace from inside the model server.
// A DataFrame signature is one entry per column, each shaped [-1]; a tensor signature is
// entries like {name: "input", shape: [-1, 4]}. Without a signature anything well-formed goes.
import type { TModelSignature, TSignatureEntry } from "@/lib/models/schemas";
import { formatShape, InferenceError, rejectInput } from "./inference-error";
import { checkTensorElements, type TV2Datatype, type TV2InferRequest, type TV2Tensor } from "./parse-v2-request";

// One schema of a signature for the registry and the gateway: the registry's.
export { ZModelSignature, ZSignatureEntry, type TModelSignature, type TSignatureEntry } from "@/lib/models/schemas";

const NUMPY_TO_V2: Record<string, TV2Datatype> = {
  float16: "FP16", float32: "FP32", float64: "FP64",
  int8: "INT8", int16: "INT16", int32: "INT32", int64: "INT64",
  uint8: "UINT8", uint16: "UINT16", uint32: "UINT32", uint64: "UINT64",
  bool: "BOOL", boolean: "BOOL", object: "BYTES", str: "BYTES", string: "BYTES", category: "BYTES", bytes: "BYTES",
  // MLflow's own schema names, for signatures written by hand or imported from MLflow.
  double: "FP64", float: "FP32", long: "INT64", integer: "INT32", binary: "BYTES",
};

/** The V2 datatype a numpy (or pandas, or MLflow) type name travels as; null when there is
 * none (complex, timedelta…): such an input's datatype is then not checked. */
export function toV2Datatype(type: string): TV2Datatype | null {
  const lower = type.toLowerCase(); // pandas' nullable dtypes: Int64, Float64, UInt8, boolean
  if (Object.hasOwn(NUMPY_TO_V2, lower)) return NUMPY_TO_V2[lower];
  if (/^[<>|=]?[us]\d*$/.test(lower)) return "BYTES"; // numpy fixed-width strings: <U5, |S3
  if (lower.startsWith("datetime64")) return "BYTES"; // sent as ISO 8601 strings, as MLflow takes them
  return null;
}

export function isDataFrameSignature(signature: TModelSignature): boolean {
  return signature.inputs.length > 0 && signature.inputs.every((entry) => entry.shape.length === 1 && entry.shape[0] === -1);
}

export function checkAgainstSignature(request: TV2InferRequest, signature: TModelSignature | null): void {
  if (!signature || signature.inputs.length === 0) return;
  const byName = new Map<string, TV2Tensor>();
  for (const tensor of request.inputs) byName.set(tensor.name, tensor);
  const takes = () => signature.inputs.map((entry) => `'${entry.name}'`).join(", "); // only when refusing
  for (const entry of signature.inputs) {
    if (byName.has(entry.name)) continue;
    const given = request.inputs.map((tensor) => `'${tensor.name}'`).join(", ");
    throw rejectInput(entry.name, `is missing; the model takes ${takes()} (the request gives ${given})`);
  }
  const isDataFrame = isDataFrameSignature(signature);
  // Every signature input is present, so any further name is one the model does not have.
  if (isDataFrame && byName.size > signature.inputs.length) {
    const unknown = request.inputs.find((tensor) => !signature.inputs.some((entry) => entry.name === tensor.name))!;
    throw rejectInput(unknown.name, `is not a column of the model; it takes ${takes()}`);
  }
  for (const entry of signature.inputs) checkInput(byName.get(entry.name)!, entry);
  if (isDataFrame) checkRowCounts(signature.inputs.map((entry) => byName.get(entry.name)!));
}

function checkInput(tensor: TV2Tensor, entry: TSignatureEntry) {
  const wanted = toV2Datatype(entry.type);
  if (wanted && wanted !== tensor.datatype) {
    if (!canConvert(tensor.datatype, wanted)) {
      throw rejectInput(tensor.name, `is ${tensor.datatype}; the model takes ${entry.type} (${wanted})`);
    }
    checkTensorElements(tensor.name, wanted, tensor.data); // an INT64 300 does not fit an int8 model
  }
  const fits = tensor.shape.length === entry.shape.length && entry.shape.every((d, i) => d === -1 || d === tensor.shape[i]);
  if (!fits) throw rejectInput(tensor.name, `has shape ${formatShape(tensor.shape)}; the model takes ${formatShape(entry.shape)}`);
}

type TKind = "integer" | "float" | "bool" | "bytes";
function kindOf(datatype: TV2Datatype): TKind {
  if (datatype === "BOOL") return "bool";
  if (datatype === "BYTES") return "bytes";
  return datatype.startsWith("FP") ? "float" : "integer";
}

/** Numbers widen as numpy casts them safely: integers into any integer or float type (the
 * values are then range-checked), floats into floats. A float into an integer would drop its
 * fraction, and a bool or a string is never a number. */
function canConvert(given: TV2Datatype, wanted: TV2Datatype): boolean {
  const [from, to] = [kindOf(given), kindOf(wanted)];
  if (from === "integer") return to === "integer" || to === "float";
  return from === "float" && to === "float";
}

/** A DataFrame's columns are one table: every column needs the same number of rows. */
function checkRowCounts(columns: TV2Tensor[]) {
  const [first] = columns;
  const odd = columns.find((column) => column.shape[0] !== first.shape[0]);
  if (!odd) return;
  throw new InferenceError(
    422,
    `The columns have different row counts: '${first.name}' has ${first.shape[0]} rows, '${odd.name}' has ${odd.shape[0]}; a DataFrame's columns all have the same number.`,
    odd.name,
  );
}
