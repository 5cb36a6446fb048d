import { describe, expect, it } from "vitest";
import { toMlflowResponse, toV2Response, type TV2InferResponse } from "./format-responses";

const response = (outputs: TV2InferResponse["outputs"]): TV2InferResponse => ({ model_name: "internal-7", id: "r1", parameters: { secret: 1 }, outputs });

describe("toV2Response", () => {
  it("names the endpoint's model and version, keeping id and outputs", () => {
    const outputs = [{ name: "y", shape: [2], datatype: "INT64", data: [0, 1] }];
    expect(toV2Response(response(outputs), "churn", "3")).toEqual({ model_name: "churn", model_version: "3", id: "r1", outputs });
    expect(toV2Response({ outputs }, "churn", "3")).toEqual({ model_name: "churn", model_version: "3", outputs });
  });
});

describe("toMlflowResponse", () => {
  it("gives one output's values as a list, nested by its shape", () => {
    expect(toMlflowResponse(response([{ name: "y", shape: [3], datatype: "INT64", data: [0, 1, 0] }]))).toEqual({ predictions: [0, 1, 0] });
    const probabilities = { name: "p", shape: [2, 2], datatype: "FP32", data: [0.1, 0.9, 0.8, 0.2] };
    expect(toMlflowResponse(response([probabilities]))).toEqual({ predictions: [[0.1, 0.9], [0.8, 0.2]] });
    const cube = { name: "c", shape: [2, 1, 2], datatype: "FP32", data: [1, 2, 3, 4] };
    expect(toMlflowResponse(response([cube]))).toEqual({ predictions: [[[1, 2]], [[3, 4]]] });
    const nested = { name: "p", shape: [2, 2], datatype: "FP32", data: [[1, 2], [3, 4]] };
    expect(toMlflowResponse(response([nested]))).toEqual({ predictions: [[1, 2], [3, 4]] });
    expect(toMlflowResponse(response([{ name: "s", shape: [], datatype: "FP64", data: [7] }]))).toEqual({ predictions: [7] });
  });

  it("gives several outputs as one object per row", () => {
    const outputs = [
      { name: "label", shape: [2], datatype: "BYTES", data: ["cat", "dog"] },
      { name: "scores", shape: [2, 2], datatype: "FP32", data: [0.9, 0.1, 0.3, 0.7] },
    ];
    expect(toMlflowResponse(response(outputs))).toEqual({
      predictions: [{ label: "cat", scores: [0.9, 0.1] }, { label: "dog", scores: [0.3, 0.7] }],
    });
  });

  it("keys each output's values by name when the outputs have no common rows", () => {
    const outputs = [
      { name: "label", shape: [2], datatype: "INT64", data: [1, 0] },
      { name: "classes", shape: [3], datatype: "BYTES", data: ["a", "b", "c"] },
    ];
    expect(toMlflowResponse(response(outputs))).toEqual({ predictions: { label: [1, 0], classes: ["a", "b", "c"] } });
  });

  it("answers no predictions for no outputs, and fails loudly on a server's inconsistent output", () => {
    expect(toMlflowResponse(response([]))).toEqual({ predictions: [] });
    expect(() => toMlflowResponse(response([{ name: "y", shape: [3], datatype: "INT64", data: [1] }]))).toThrow("The model server's output 'y' has 1 values for shape [3].");
  });
});
