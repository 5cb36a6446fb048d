import { describe, expect, it } from "vitest";
import { describeV2Model } from "./describe-v2-model";

describe("describeV2Model", () => {
  it("describes a DataFrame model's columns as [-1] tensors with V2 datatypes", () => {
    const signature = {
      inputs: [
        { name: "age", type: "int64", shape: [-1] },
        { name: "city", type: "category", shape: [-1] },
        { name: "odd", type: "complex128", shape: [-1] },
      ],
      outputs: [{ name: "output", type: "float64", shape: [-1] }],
    };
    expect(describeV2Model({ name: "churn", version: 3, platform: "sklearn", signature })).toEqual({
      name: "churn",
      versions: ["3"],
      platform: "sklearn",
      inputs: [
        { name: "age", datatype: "INT64", shape: [-1] },
        { name: "city", datatype: "BYTES", shape: [-1] },
        { name: "odd", datatype: "BYTES", shape: [-1] },
      ],
      outputs: [{ name: "output", datatype: "FP64", shape: [-1] }],
    });
  });

  it("describes a tensor model's shapes as they are, and a model without signature as taking anything", () => {
    const signature = { inputs: [{ name: "input", type: "float32", shape: [-1, 28, 28] }], outputs: [] };
    expect(describeV2Model({ name: "mnist", version: "1", platform: "pytorch", signature }).inputs).toEqual([{ name: "input", datatype: "FP32", shape: [-1, 28, 28] }]);
    expect(describeV2Model({ name: "m", version: "1", platform: "xgboost", signature: null })).toEqual({ name: "m", versions: ["1"], platform: "xgboost", inputs: [], outputs: [] });
  });
});
