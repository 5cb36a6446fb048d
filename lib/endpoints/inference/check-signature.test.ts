import { describe, expect, it } from "vitest";
import { checkAgainstSignature, isDataFrameSignature, toV2Datatype, ZModelSignature, type TModelSignature } from "./check-signature";
import { InferenceError } from "./inference-error";
import type { TV2Datatype, TV2InferRequest, TV2Tensor } from "./parse-v2-request";

const FRAME: TModelSignature = {
  inputs: [
    { name: "age", type: "int64", shape: [-1] },
    { name: "income", type: "float64", shape: [-1] },
    { name: "city", type: "object", shape: [-1] },
    { name: "member", type: "bool", shape: [-1] },
  ],
  outputs: [{ name: "output", type: "int64", shape: [-1] }],
};
const TENSOR: TModelSignature = { inputs: [{ name: "input", type: "float32", shape: [-1, 4] }], outputs: [] };

function column(name: string, datatype: TV2Datatype, data: unknown[]): TV2Tensor {
  return { name, shape: [data.length], datatype, data };
}
const frameRequest = (overrides: TV2Tensor[] = []): TV2InferRequest => {
  const columns = [column("age", "INT64", [30, 40]), column("income", "FP64", [1.5, 2]), column("city", "BYTES", ["a", "b"]), column("member", "BOOL", [true, false])];
  return { inputs: columns.map((c) => overrides.find((o) => o.name === c.name) ?? c).concat(overrides.filter((o) => !columns.some((c) => c.name === o.name))) };
};

function rejection(request: TV2InferRequest, signature: TModelSignature | null): InferenceError {
  try {
    checkAgainstSignature(request, signature);
  } catch (error) {
    if (error instanceof InferenceError) return error;
    throw error;
  }
  throw new Error("expected the request to be rejected");
}

describe("toV2Datatype", () => {
  it("maps numpy, pandas and MLflow type names to V2 datatypes", () => {
    const cases: [string, TV2Datatype | null][] = [
      ["float16", "FP16"], ["float32", "FP32"], ["float64", "FP64"], ["int8", "INT8"], ["int16", "INT16"], ["int32", "INT32"], ["int64", "INT64"],
      ["uint8", "UINT8"], ["uint16", "UINT16"], ["uint32", "UINT32"], ["uint64", "UINT64"], ["bool", "BOOL"], ["boolean", "BOOL"],
      ["object", "BYTES"], ["str", "BYTES"], ["string", "BYTES"], ["category", "BYTES"], ["<U5", "BYTES"], ["|S3", "BYTES"],
      ["datetime64[ns]", "BYTES"], ["Int64", "INT64"], ["Float64", "FP64"], ["double", "FP64"], ["long", "INT64"],
      ["complex128", null], ["timedelta64[ns]", null], ["constructor", null], ["toString", null],
    ];
    for (const [type, datatype] of cases) expect(toV2Datatype(type), type).toBe(datatype);
  });
});

describe("checkAgainstSignature", () => {
  it("tells a DataFrame signature from a tensor one", () => {
    expect(isDataFrameSignature(FRAME)).toBe(true);
    expect(isDataFrameSignature(TENSOR)).toBe(false);
    expect(ZModelSignature.parse(FRAME)).toEqual(FRAME);
  });

  it("accepts a request that fits, and anything well-formed without a signature", () => {
    expect(() => checkAgainstSignature(frameRequest(), FRAME)).not.toThrow();
    expect(() => checkAgainstSignature({ inputs: [{ name: "input", shape: [3, 4], datatype: "FP32", data: new Array(12).fill(0.5) }] }, TENSOR)).not.toThrow();
    expect(() => checkAgainstSignature({ inputs: [column("anything", "BYTES", ["x"])] }, null)).not.toThrow();
    expect(() => checkAgainstSignature({ inputs: [column("anything", "BYTES", ["x"])] }, { inputs: [], outputs: [] })).not.toThrow();
  });

  it("names a missing input", () => {
    const request = { inputs: frameRequest().inputs.filter((c) => c.name !== "city") };
    const error = rejection(request, FRAME);
    expect(error.message).toBe("input 'city' is missing; the model takes 'age', 'income', 'city', 'member' (the request gives 'age', 'income', 'member')");
    expect(error.input).toBe("city");
    expect(rejection({ inputs: [{ name: "x", shape: [1, 4], datatype: "FP32", data: [1, 2, 3, 4] }] }, TENSOR).message).toMatch(/^input 'input' is missing/);
  });

  it("refuses an unknown column for a DataFrame signature only", () => {
    expect(rejection(frameRequest([column("zip", "INT64", [1, 2])]), FRAME).message).toBe("input 'zip' is not a column of the model; it takes 'age', 'income', 'city', 'member'");
    const extra = { inputs: [{ name: "input", shape: [1, 4], datatype: "FP32" as const, data: [1, 2, 3, 4] }, column("mask", "BOOL", [true])] };
    expect(() => checkAgainstSignature(extra, TENSOR)).not.toThrow();
  });

  it("refuses a datatype the model's type cannot take", () => {
    expect(rejection(frameRequest([column("income", "BYTES", ["a", "b"])]), FRAME).message).toBe("input 'income' is BYTES; the model takes float64 (FP64)");
    expect(rejection(frameRequest([column("age", "BOOL", [true, false])]), FRAME).message).toBe("input 'age' is BOOL; the model takes int64 (INT64)");
    expect(rejection(frameRequest([column("age", "FP64", [1.5, 2])]), FRAME).message).toBe("input 'age' is FP64; the model takes int64 (INT64)");
    expect(rejection(frameRequest([column("city", "INT64", [1, 2])]), FRAME).message).toBe("input 'city' is INT64; the model takes object (BYTES)");
    expect(rejection(frameRequest([column("member", "INT8", [1, 0])]), FRAME).message).toBe("input 'member' is INT8; the model takes bool (BOOL)");
  });

  it("lets integers into floats and wider integers, checking that the values fit", () => {
    expect(() => checkAgainstSignature(frameRequest([column("income", "INT64", [1, 2])]), FRAME)).not.toThrow();
    expect(() => checkAgainstSignature(frameRequest([column("age", "UINT8", [1, 2])]), FRAME)).not.toThrow();
    const small: TModelSignature = { inputs: [{ name: "code", type: "int8", shape: [-1] }, { name: "level", type: "float16", shape: [-1] }], outputs: [] };
    const fits = { inputs: [column("code", "INT64", [1, -128]), column("level", "FP64", [0.5, 1])] };
    expect(() => checkAgainstSignature(fits, small)).not.toThrow();
    expect(rejection({ inputs: [column("code", "INT64", [1, 300]), column("level", "FP64", [0.5, 1])] }, small).message).toBe(
      "input 'code' element 1 is 300; INT8 takes integers from -128 to 127",
    );
    expect(rejection({ inputs: [column("code", "INT64", [1, 2]), column("level", "FP64", [0.5, 1e6])] }, small).message).toMatch(/^input 'level' element 1 is 1000000; FP16/);
  });

  it("does not check the datatype of a type V2 has no name for", () => {
    const odd: TModelSignature = { inputs: [{ name: "z", type: "complex128", shape: [-1] }], outputs: [] };
    expect(() => checkAgainstSignature({ inputs: [column("z", "BYTES", ["1+2j"])] }, odd)).not.toThrow();
  });

  it("names a shape that does not fit, dimension by dimension", () => {
    const request = { inputs: [{ name: "input", shape: [3, 5], datatype: "FP32" as const, data: new Array(15).fill(1) }] };
    expect(rejection(request, TENSOR).message).toBe("input 'input' has shape [3,5]; the model takes [-1,4]");
    const flat = { inputs: [{ name: "input", shape: [12], datatype: "FP32" as const, data: new Array(12).fill(1) }] };
    expect(rejection(flat, TENSOR).message).toBe("input 'input' has shape [12]; the model takes [-1,4]");
    const matrix = frameRequest([{ name: "age", shape: [2, 1], datatype: "INT64", data: [1, 2] }]);
    expect(rejection(matrix, FRAME).message).toBe("input 'age' has shape [2,1]; the model takes [-1]");
  });

  it("needs every DataFrame column to have the same rows", () => {
    const error = rejection(frameRequest([column("city", "BYTES", ["a", "b", "c"])]), FRAME);
    expect(error.message).toBe("The columns have different row counts: 'age' has 2 rows, 'city' has 3; a DataFrame's columns all have the same number.");
    expect(error.input).toBe("city");
  });
});
