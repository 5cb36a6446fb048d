import { describe, expect, it } from "vitest";
import { checkAgainstSignature, type TModelSignature } from "./check-signature";
import { InferenceError } from "./inference-error";
import { parseMlflowRequest } from "./parse-mlflow-request";

const FRAME: TModelSignature = {
  inputs: [
    { name: "age", type: "int32", shape: [-1] },
    { name: "income", type: "float64", shape: [-1] },
    { name: "city", type: "category", shape: [-1] },
  ],
  outputs: [],
};
const TENSOR: TModelSignature = { inputs: [{ name: "pixels", type: "float32", shape: [-1, 2] }], outputs: [] };
const FRAME_TENSORS = [
  { name: "age", shape: [2], datatype: "INT32", data: [30, 40] },
  { name: "income", shape: [2], datatype: "FP64", data: [1, 2.5] },
  { name: "city", shape: [2], datatype: "BYTES", data: ["a", "b"] },
];

function rejection(body: unknown, signature: TModelSignature | null = null): InferenceError {
  try {
    parseMlflowRequest(body, signature);
  } catch (error) {
    if (error instanceof InferenceError) return error;
    throw error;
  }
  throw new Error("expected the request to be rejected");
}

describe("parseMlflowRequest: DataFrame formats", () => {
  it("reads dataframe_split into one tensor per column, typed by the signature", () => {
    const body = { dataframe_split: { columns: ["age", "income", "city"], data: [[30, 1, "a"], [40, 2.5, "b"]], index: [7, 8] } };
    const request = parseMlflowRequest(body, FRAME);
    expect(request).toEqual({ inputs: FRAME_TENSORS });
    expect(() => checkAgainstSignature(request, FRAME)).not.toThrow();
  });

  it("reads dataframe_records the same way", () => {
    const body = { dataframe_records: [{ age: 30, income: 1, city: "a" }, { city: "b", income: 2.5, age: 40 }] };
    expect(parseMlflowRequest(body, FRAME)).toEqual({ inputs: FRAME_TENSORS });
  });

  it("infers datatypes from the values without a signature", () => {
    const body = { dataframe_split: { columns: ["i", "f", "b", "s", 0], data: [[1, 1, true, "x", 2 ** 60], [2, 1.5, false, "y", 1]] } };
    const datatypes = parseMlflowRequest(body, null).inputs.map((input) => [input.name, input.datatype]);
    expect(datatypes).toEqual([["i", "INT64"], ["f", "FP64"], ["b", "BOOL"], ["s", "BYTES"], ["0", "FP64"]]);
  });

  it("names the columns in the signature's order when dataframe_split has none", () => {
    const request = parseMlflowRequest({ dataframe_split: { data: [[30, 1, "a"], [40, 2.5, "b"]] } }, FRAME);
    expect(request.inputs.map((input) => input.name)).toEqual(["age", "income", "city"]);
    expect(rejection({ dataframe_split: { data: [[1]] } }).message).toBe("'dataframe_split' needs 'columns' when the model has no signature to name them.");
  });

  it("names the column whose values do not fit its type", () => {
    const split = (data: unknown[][]) => ({ dataframe_split: { columns: ["age", "income", "city"], data } });
    expect(rejection(split([[30, "much", "a"]]), FRAME).message).toBe(`input 'income' element 0 is the string "much"; FP64 takes finite numbers`);
    expect(rejection(split([[30, 1, "a"], [3e9, 1, "b"]]), FRAME).message).toBe("input 'age' element 1 is 3000000000; INT32 takes integers from -2147483648 to 2147483647");
    expect(rejection(split([[30, null, "a"]]), FRAME).message).toBe("input 'income' element 0 is null; FP64 takes finite numbers");
    expect(rejection({ dataframe_split: { columns: ["m"], data: [[1], ["x"]] } }).message).toBe(`input 'm' element 1 is the string "x"; INT64 takes integers from -9007199254740991 to 9007199254740991`);
  });

  it("refuses malformed frames, naming where", () => {
    expect(rejection({ dataframe_split: [] }).message).toMatch(/'dataframe_split' must be an object/);
    expect(rejection({ dataframe_split: { columns: ["a"], data: [] } }).message).toMatch(/'dataframe_split.data' must be a non-empty array of rows/);
    expect(rejection({ dataframe_split: { columns: ["a", "b"], data: [[1, 2], [3]] } }).message).toBe("'dataframe_split.data' row 1 has 1 value; each row has one value per column (2).");
    expect(rejection({ dataframe_split: { columns: ["a", "a"], data: [[1, 2]] } }).message).toBe("input 'a' is a column twice in 'dataframe_split.columns'");
    expect(rejection({ dataframe_split: { columns: [null], data: [[1]] } }).message).toMatch(/'dataframe_split.columns\[0\]' must be a column name/);
    expect(rejection({ dataframe_records: [{ a: 1, b: 2 }, { a: 3 }] }).message).toBe("input 'b' is missing from 'dataframe_records[1]'; every row needs the keys of row 0");
    expect(rejection({ dataframe_records: [{ a: 1 }, { a: 3, c: 4 }] }).message).toBe("input 'c' appears in 'dataframe_records[1]' but not in row 0; every row needs the same keys");
    expect(rejection({ dataframe_records: [{ a: 1 }, { constructor: 3 }] }).message).toMatch(/^input 'a' is missing from 'dataframe_records\[1\]'/);
    expect(rejection({ dataframe_records: [[1, 2]] }).message).toMatch(/'dataframe_records\[0\]' must be an object of column values/);
  });
});

describe("parseMlflowRequest: tensor formats", () => {
  it("reads instances rows into one tensor named after the model's only input", () => {
    const request = parseMlflowRequest({ instances: [[1, 2], [3, 4.5], [5, 6]] }, TENSOR);
    expect(request).toEqual({ inputs: [{ name: "pixels", shape: [3, 2], datatype: "FP32", data: [1, 2, 3, 4.5, 5, 6] }] });
    expect(parseMlflowRequest({ instances: [1, 2, 3] }, null).inputs).toEqual([{ name: "input", shape: [3], datatype: "INT64", data: [1, 2, 3] }]);
  });

  it("reads instances objects into one tensor per name", () => {
    const body = { instances: [{ a: [1, 2], b: "x" }, { a: [3, 4], b: "y" }] };
    expect(parseMlflowRequest(body, null).inputs).toEqual([
      { name: "a", shape: [2, 2], datatype: "INT64", data: [1, 2, 3, 4] },
      { name: "b", shape: [2], datatype: "BYTES", data: ["x", "y"] },
    ]);
  });

  it("reads columnar inputs, as a list of rows or named arrays", () => {
    expect(parseMlflowRequest({ inputs: [[[1], [2]], [[3], [4]]] }, null).inputs).toEqual([{ name: "input", shape: [2, 2, 1], datatype: "INT64", data: [1, 2, 3, 4] }]);
    const named = parseMlflowRequest({ inputs: { age: [30, 40], income: [1, 2.5], city: ["a", "b"] } }, FRAME);
    expect(named).toEqual({ inputs: FRAME_TENSORS });
    expect(parseMlflowRequest({ inputs: { flag: true } }, null).inputs).toEqual([{ name: "flag", shape: [], datatype: "BOOL", data: [true] }]);
  });

  it("splits rows into a DataFrame model's columns when each row has one value per column", () => {
    const request = parseMlflowRequest({ instances: [[30, 1, "a"], [40, 2.5, "b"]] }, FRAME);
    expect(request).toEqual({ inputs: FRAME_TENSORS });
    expect(() => checkAgainstSignature(request, FRAME)).not.toThrow();
  });

  it("refuses ragged rows, naming the input", () => {
    expect(rejection({ instances: [[1, 2], [3]] }, TENSOR).message).toBe("input 'pixels' is ragged: at depth 1 it has 1 item where its first values have 2 items");
    expect(rejection({ inputs: { a: [[1, 2], 3] } }).message).toBe("input 'a' is ragged: at depth 1 it has 3 where its first values have 2 items");
    expect(rejection({ inputs: { a: [1, [2]] } }).message).toMatch(/^input 'a' is ragged: it nests deeper in places/);
    expect(rejection({ instances: [[1, true]] }).message).toBe("input 'input' element 1 is true; INT64 takes integers from -9007199254740991 to 9007199254740991");
  });

  it("refuses a ragged array whose first values promise a huge shape", () => {
    const deep: unknown[] = new Array(1000).fill(0);
    deep[0] = new Array(1000).fill(0);
    (deep[0] as unknown[])[0] = new Array(1000).fill(0);
    expect(rejection({ inputs: { a: deep } }).message).toBe("input 'a' is ragged: at depth 2 it has 0 where its first values have 1000 items");
  });

  it("refuses empty or wrongly-typed tensor payloads", () => {
    expect(rejection({ instances: [] }).message).toBe("'instances' must be a non-empty array of rows.");
    expect(rejection({ instances: null }).message).toBe("'instances' must be a non-empty array of rows.");
    expect(rejection({ inputs: [] }).message).toBe("'inputs' must be a non-empty array, or an object of named arrays.");
    expect(rejection({ inputs: "x" }).message).toBe("'inputs' must be a non-empty array, or an object of named arrays.");
  });
});

describe("parseMlflowRequest: envelope", () => {
  it("needs exactly one format key, naming the allowed ones", () => {
    const allowed = "Send exactly one of 'dataframe_split', 'dataframe_records', 'instances' or 'inputs' (and optionally 'params')";
    expect(rejection({}).message).toBe(`${allowed}; the body has no keys.`);
    expect(rejection({ instances: [1], inputs: [1] }).message).toBe(`${allowed}; the body has 'instances', 'inputs'.`);
    expect(rejection({ data: [1] }).message).toBe(`${allowed}; the body has 'data'.`);
    expect(rejection({ inputs: [1], extra: 1 }).status).toBe(422);
    expect(rejection([1]).status).toBe(400);
  });

  it("forwards params as the V2 request's parameters", () => {
    expect(parseMlflowRequest({ inputs: [1], params: { temperature: 0.2 } }, null).parameters).toEqual({ temperature: 0.2 });
    expect(rejection({ inputs: [1], params: 3 }).message).toBe("'params' must be a JSON object, not 3.");
  });
});
