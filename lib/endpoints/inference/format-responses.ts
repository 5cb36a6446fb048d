// Turns the model server's V2 inference response into what the client asked in: the V2
// response itself (named after the endpoint's model and version, not the server's
// internals), or MLflow's scoring-server answer {"predictions": ...} for MLflow clients.
import { countElements, flattenData, type TV2Tensor } from "./parse-v2-request";

export type TV2OutputTensor = Omit<TV2Tensor, "datatype"> & { datatype: string };
export type TV2InferResponse = {
  model_name?: string;
  model_version?: string;
  id?: string;
  parameters?: Record<string, unknown>;
  outputs: TV2OutputTensor[];
};
export type TMlflowResponse = { predictions: unknown[] | Record<string, unknown[]> };

export function toV2Response(response: TV2InferResponse, modelName: string, modelVersion: string): TV2InferResponse {
  const answer: TV2InferResponse = { model_name: modelName, model_version: modelVersion, outputs: response.outputs };
  if (response.id !== undefined) answer.id = response.id;
  return answer;
}

/** One output: its values, nested by its shape ([n] → a list, [n,k] → a list of lists).
 * Several: one object per row keyed by output name, as TF-serving's row format; when their
 * row counts differ there are no rows, and each output's values are given under its name. */
export function toMlflowResponse(response: TV2InferResponse): TMlflowResponse {
  const outputs = response.outputs.map((output) => ({ name: output.name, shape: output.shape, data: flatValues(output) }));
  if (outputs.length === 0) return { predictions: [] };
  if (outputs.length === 1) return { predictions: nestByShape(outputs[0].data, outputs[0].shape) };
  const rows = outputs[0].shape[0];
  const hasRows = outputs.every((output) => output.shape.length > 0 && output.shape[0] === rows);
  if (!hasRows) return { predictions: Object.fromEntries(outputs.map((output) => [output.name, nestByShape(output.data, output.shape)])) };
  const predictions = Array.from({ length: rows }, () => ({}) as Record<string, unknown>);
  for (const { name, shape, data } of outputs) {
    const inner = shape.slice(1);
    const size = countElements(inner);
    for (let r = 0; r < rows; r++) {
      predictions[r][name] = inner.length === 0 ? data[r] : nestByShape(data.slice(r * size, (r + 1) * size), inner);
    }
  }
  return { predictions };
}

/** A server may nest its data too; a data length that does not match the shape is its bug. */
function flatValues(output: TV2OutputTensor): unknown[] {
  const expected = countElements(output.shape);
  const data = flattenData(output.name, output.data, expected);
  if (data.length !== expected) {
    throw new Error(`The model server's output '${output.name}' has ${data.length} values for shape [${output.shape.join(",")}].`);
  }
  return data;
}

/** Row-major values as nested lists; a scalar (shape []) comes back as a one-item list. */
function nestByShape(data: unknown[], shape: number[]): unknown[] {
  if (shape.length <= 1) return data;
  const [rows, ...inner] = shape;
  const size = data.length / rows;
  return Array.from({ length: rows }, (_, r) => nestByShape(data.slice(r * size, (r + 1) * size), inner));
}
