// A small valid request body for a model (two rows), built from its signature: the
// console's test panel starts from it, so it must pass checkAgainstSignature as sent.
import { isDataFrameSignature, toV2Datatype, type TModelSignature, type TSignatureEntry } from "./check-signature";
import { countElements, type TV2Datatype, type TV2InferRequest } from "./parse-v2-request";

const EXAMPLE_ROWS = 2;

export function exampleV2Request(signature: TModelSignature | null): TV2InferRequest {
  if (!signature?.inputs.length) return { inputs: [{ name: "input", shape: [EXAMPLE_ROWS, 1], datatype: "FP64", data: [0.5, 0.5] }] };
  return {
    inputs: signature.inputs.map((entry) => {
      const shape = exampleShape(entry.shape);
      const datatype = toV2Datatype(entry.type) ?? "BYTES";
      return { name: entry.name, shape, datatype, data: new Array(countElements(shape)).fill(exampleValue(entry, datatype)) };
    }),
  };
}

/** A DataFrame model gets `dataframe_split`, the format MLflow documents first; a tensor model
 * gets columnar `inputs` keyed by input name, which also carries scalar and multiple inputs. */
export function exampleMlflowRequest(signature: TModelSignature | null): Record<string, unknown> {
  if (!signature?.inputs.length) return { inputs: [[0.5], [0.5]] };
  if (isDataFrameSignature(signature)) {
    const row = signature.inputs.map((entry) => exampleValue(entry, toV2Datatype(entry.type) ?? "BYTES"));
    return { dataframe_split: { columns: signature.inputs.map((entry) => entry.name), data: Array.from({ length: EXAMPLE_ROWS }, () => [...row]) } };
  }
  const inputs: Record<string, unknown> = {};
  for (const entry of signature.inputs) {
    inputs[entry.name] = nestValue(exampleValue(entry, toV2Datatype(entry.type) ?? "BYTES"), exampleShape(entry.shape));
  }
  return { inputs };
}

/** -1 is the batch (first) dimension, or any other size: two rows of one. */
function exampleShape(shape: number[]): number[] {
  return shape.map((dimension, i) => (dimension !== -1 ? dimension : i === 0 ? EXAMPLE_ROWS : 1));
}

function exampleValue(entry: TSignatureEntry, datatype: TV2Datatype): unknown {
  if (datatype === "BOOL") return true;
  if (datatype === "BYTES") return entry.type.toLowerCase().startsWith("datetime64") ? "2024-01-01T00:00:00" : "a";
  return datatype.startsWith("FP") ? 0.5 : 1;
}

function nestValue(value: unknown, shape: number[]): unknown {
  if (shape.length === 0) return value;
  return Array.from({ length: shape[0] }, () => nestValue(value, shape.slice(1)));
}
