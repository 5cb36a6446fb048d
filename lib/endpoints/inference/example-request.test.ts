import { describe, expect, it } from "vitest";
import { checkAgainstSignature, type TModelSignature } from "./check-signature";
import { exampleMlflowRequest, exampleV2Request } from "./example-request";
import { parseMlflowRequest } from "./parse-mlflow-request";
import { parseV2Request } from "./parse-v2-request";

const SIGNATURES: Record<string, TModelSignature | null> = {
  dataframe: {
    inputs: [
      { name: "age", type: "int64", shape: [-1] },
      { name: "income", type: "float64", shape: [-1] },
      { name: "city", type: "category", shape: [-1] },
      { name: "member", type: "bool", shape: [-1] },
      { name: "code", type: "uint8", shape: [-1] },
      { name: "joined", type: "datetime64[ns]", shape: [-1] },
    ],
    outputs: [{ name: "output", type: "int64", shape: [-1] }],
  },
  "one column": { inputs: [{ name: "text", type: "object", shape: [-1] }], outputs: [] },
  tensor: { inputs: [{ name: "input", type: "float32", shape: [-1, 4] }], outputs: [] },
  image: { inputs: [{ name: "input", type: "uint8", shape: [-1, -1, 3] }], outputs: [] },
  "several tensors": { inputs: [{ name: "ids", type: "int32", shape: [-1, 8] }, { name: "scale", type: "float16", shape: [] }], outputs: [] },
  none: null,
};

// JSON in between, as the console sends it.
const overTheWire = (body: unknown): unknown => JSON.parse(JSON.stringify(body));

describe("example requests", () => {
  for (const [kind, signature] of Object.entries(SIGNATURES)) {
    it(`an MLflow example for a ${kind} signature parses and passes the signature check`, () => {
      const request = parseMlflowRequest(overTheWire(exampleMlflowRequest(signature)), signature);
      expect(() => checkAgainstSignature(request, signature)).not.toThrow();
      if (signature) expect(request.inputs.map((input) => input.name)).toEqual(signature.inputs.map((entry) => entry.name));
    });

    it(`a V2 example for a ${kind} signature parses and passes the signature check`, () => {
      const request = parseV2Request(overTheWire(exampleV2Request(signature)));
      expect(() => checkAgainstSignature(request, signature)).not.toThrow();
    });
  }

  it("holds two rows of plain values", () => {
    expect(exampleMlflowRequest(SIGNATURES.dataframe)).toEqual({
      dataframe_split: {
        columns: ["age", "income", "city", "member", "code", "joined"],
        data: [[1, 0.5, "a", true, 1, "2024-01-01T00:00:00"], [1, 0.5, "a", true, 1, "2024-01-01T00:00:00"]],
      },
    });
    expect(exampleV2Request(SIGNATURES.tensor)).toEqual({ inputs: [{ name: "input", shape: [2, 4], datatype: "FP32", data: new Array(8).fill(0.5) }] });
    expect(exampleMlflowRequest(SIGNATURES.image)).toEqual({ inputs: { input: [[[1, 1, 1]], [[1, 1, 1]]] } });
  });

  it("is refused when the signature changes under it: the round trip can fail", () => {
    const request = parseMlflowRequest(exampleMlflowRequest(SIGNATURES.tensor), SIGNATURES.tensor);
    const wider: TModelSignature = { inputs: [{ name: "input", type: "float32", shape: [-1, 5] }], outputs: [] };
    expect(() => checkAgainstSignature(request, wider)).toThrow("input 'input' has shape [2,4]; the model takes [-1,5]");
  });
});
