import { describe, expect, it } from "vitest";
import { InferenceError } from "./inference-error";
import { parseV2Request } from "./parse-v2-request";

function tensor(overrides: Record<string, unknown> = {}) {
  return { name: "x", shape: [2, 2], datatype: "FP32", data: [1, 2.5, 3, 4], ...overrides };
}

/** The InferenceError the parse throws: fails the test when it does not throw one. */
function rejection(body: unknown): InferenceError {
  try {
    parseV2Request(body);
  } catch (error) {
    if (error instanceof InferenceError) return error;
    throw error;
  }
  throw new Error("expected the request to be rejected");
}

describe("parseV2Request", () => {
  it("reads a spec request, keeping id, outputs and parameters and dropping unknown keys", () => {
    const body = { id: "r1", inputs: [tensor({ parameters: { content_type: "np" } })], outputs: [{ name: "y" }], parameters: { a: 1 }, junk: true };
    expect(parseV2Request(body)).toEqual({
      id: "r1",
      inputs: [{ name: "x", shape: [2, 2], datatype: "FP32", data: [1, 2.5, 3, 4], parameters: { content_type: "np" } }],
      outputs: [{ name: "y" }],
      parameters: { a: 1 },
    });
  });

  it("flattens nested row-major data and leaves flat data as it came", () => {
    expect(parseV2Request({ inputs: [tensor({ data: [[1, 2], [3, 4]] })] }).inputs[0].data).toEqual([1, 2, 3, 4]);
    const flat = [1, 2, 3, 4];
    expect(parseV2Request({ inputs: [tensor({ data: flat })] }).inputs[0].data).toBe(flat);
    expect(rejection({ inputs: [tensor({ shape: [2], data: [1, [2]] })] }).message).toMatch(/^input 'x' element 1 is an array; FP32 takes numbers/);
    const cube = { name: "c", shape: [2, 2, 2], datatype: "INT32", data: [[[1, 2], [3, 4]], [[5, 6], [7, 8]]] };
    expect(parseV2Request({ inputs: [cube] }).inputs[0].data).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("reads every datatype's kind of value", () => {
    const inputs = [
      { name: "b", shape: [2], datatype: "BOOL", data: [true, false] },
      { name: "s", shape: [1], datatype: "BYTES", data: ["hello"] },
      { name: "u", shape: [2], datatype: "UINT8", data: [0, 255] },
      { name: "i", shape: [2], datatype: "INT64", data: [-9007199254740991, 9007199254740991] },
      { name: "h", shape: [1], datatype: "FP16", data: [65504] },
      { name: "scalar", shape: [], datatype: "FP64", data: [1e300] },
      { name: "empty", shape: [0, 3], datatype: "FP32", data: [] },
    ];
    expect(parseV2Request({ inputs }).inputs.map((input) => input.name)).toEqual(["b", "s", "u", "i", "h", "scalar", "empty"]);
  });

  it("answers 400 to a body that is not an object", () => {
    for (const body of [null, [1], "x", 3]) expect(rejection(body).status).toBe(400);
  });

  it("refuses a request without inputs", () => {
    expect(rejection({ inputs: [] }).message).toMatch(/'inputs' must be a non-empty array/);
    expect(rejection({}).message).toMatch(/'inputs' must be a non-empty array/);
    expect(rejection({ inputs: [3] }).message).toMatch(/inputs\[0\] must be a tensor object/);
    expect(rejection({ inputs: [tensor({ name: "" })] }).message).toMatch(/inputs\[0\] needs a non-empty string 'name'/);
  });

  it("names the tensor with a bad shape, datatype or data", () => {
    expect(rejection({ inputs: [tensor({ shape: [2, -1] })] }).message).toBe("input 'x' has shape [2,-1]; a shape is a list of non-negative integers");
    expect(rejection({ inputs: [tensor({ shape: [2, 1.5] })] }).message).toMatch(/^input 'x' has shape \[2,1.5\]/);
    expect(rejection({ inputs: [tensor({ datatype: "FLOAT" })] }).message).toMatch(/^input 'x' has datatype the string "FLOAT"; the datatypes are BOOL, /);
    expect(rejection({ inputs: [tensor({ data: "1,2,3,4" })] }).message).toMatch(/^input 'x' needs 'data', an array/);
    expect(rejection({ inputs: [tensor({ data: [1, 2, 3] })] }).message).toBe("input 'x' has 3 values; shape [2,2] holds 4");
    expect(rejection({ inputs: [tensor({ data: [[1, 2], [3]] })] }).message).toBe("input 'x' has 3 values; shape [2,2] holds 4");
    expect(rejection({ inputs: [tensor(), tensor()] }).message).toBe("input 'x' is given twice; each input appears once");
  });

  it("checks each element's kind against the datatype", () => {
    const cases: [string, unknown[], string][] = [
      ["FP32", [1, 2, "3", 4], `input 'x' element 2 is the string "3"; FP32 takes numbers within ±3.4028234663852886e+38`],
      ["FP64", [1, null, 3, 4], "input 'x' element 1 is null; FP64 takes finite numbers"],
      ["INT32", [1, 2, 3.5, 4], "input 'x' element 2 is 3.5; INT32 takes integers from -2147483648 to 2147483647"],
      ["BOOL", [true, 1, false, true], "input 'x' element 1 is 1; BOOL takes true or false"],
      ["BYTES", ["a", "b", 3, "d"], "input 'x' element 2 is 3; BYTES takes strings"],
      ["FP32", [1, 2, { v: 3 }, 4], "input 'x' element 2 is an object; FP32 takes numbers within ±3.4028234663852886e+38"],
    ];
    for (const [datatype, data, message] of cases) expect(rejection({ inputs: [tensor({ datatype, data })] }).message).toBe(message);
  });

  it("checks integer and float ranges", () => {
    const cases: [string, number, RegExp][] = [
      ["INT8", 128, /element 0 is 128; INT8 takes integers from -128 to 127/],
      ["INT8", -129, /element 0 is -129; INT8/],
      ["UINT8", -1, /element 0 is -1; UINT8 takes integers from 0 to 255/],
      ["UINT8", 256, /element 0 is 256; UINT8/],
      ["INT16", 32768, /INT16 takes integers from -32768 to 32767/],
      ["UINT16", 65536, /UINT16 takes integers from 0 to 65535/],
      ["INT32", 2147483648, /INT32/],
      ["UINT32", 4294967296, /UINT32 takes integers from 0 to 4294967295/],
      ["INT64", 2 ** 53, /INT64 takes integers from -9007199254740991 to 9007199254740991/],
      ["UINT64", -1, /UINT64 takes integers from 0/],
      ["FP16", 65505, /element 0 is 65505; FP16 takes numbers within ±65504/],
      ["FP32", 1e39, /FP32 takes numbers within/],
      ["FP64", Infinity, /element 0 is Infinity; FP64 takes finite numbers/],
    ];
    for (const [datatype, value, message] of cases) {
      const error = rejection({ inputs: [{ name: "v", shape: [1], datatype, data: [value] }] });
      expect(error.status, datatype).toBe(422);
      expect(error.message, datatype).toMatch(/^input 'v' /);
      expect(error.message, datatype).toMatch(message);
    }
    const edges = [["INT8", -128], ["UINT32", 4294967295], ["INT32", -2147483648], ["FP32", -3.4e38]] as const;
    for (const [datatype, value] of edges) expect(() => parseV2Request({ inputs: [{ name: "v", shape: [1], datatype, data: [value] }] })).not.toThrow();
  });

  it("refuses nesting deeper than any tensor before it could exhaust the stack", () => {
    let data: unknown = [1];
    for (let i = 0; i < 10_000; i++) data = [data];
    expect(rejection({ inputs: [tensor({ shape: [1], data })] }).message).toMatch(/^input 'x' nests its data deeper than 32 levels/);
  });

  it("refuses a made-up huge shape by counting, without reserving room for it", () => {
    expect(rejection({ inputs: [tensor({ shape: [1e9, 1e6], data: [[1], [2]] })] }).message).toBe("input 'x' has 2 values; shape [1000000000,1000000] holds 1000000000000000");
  });

  it("answers 415 to binary tensor data", () => {
    const error = rejection({ inputs: [{ name: "x", shape: [1], datatype: "FP32", parameters: { binary_data_size: 4 } }] });
    expect(error.status).toBe(415);
    expect(error.message).toMatch(/input 'x' sends binary tensor data/);
  });

  it("checks id, outputs and parameters", () => {
    expect(rejection({ id: 3, inputs: [tensor()] }).message).toBe("'id' must be a string, not 3.");
    expect(rejection({ inputs: [tensor()], outputs: "y" }).message).toMatch(/'outputs' must be an array/);
    expect(rejection({ inputs: [tensor()], outputs: [{}] }).message).toMatch(/outputs\[0\] must be an object with a non-empty string 'name'/);
    expect(rejection({ inputs: [tensor()], parameters: [1] }).message).toMatch(/'parameters' must be a JSON object/);
    expect(rejection({ inputs: [tensor({ parameters: 1 })] }).message).toMatch(/input 'x' parameters must be a JSON object/);
  });
});
