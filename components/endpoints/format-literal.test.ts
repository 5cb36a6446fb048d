import { describe, expect, it } from "vitest";
import { formatJson, toPythonLiteral } from "./format-literal";

describe("request bodies laid out for people", () => {
  it("writes JSON's null, true and false as Python's", () => {
    expect(toPythonLiteral({ a: [null, true, false, 0.5, "x"] })).toBe('{\n    "a": [None, True, False, 0.5, "x"],\n}');
  });

  it("lays JSON out with rows of plain values on one line", () => {
    const body = { inputs: [{ name: "x", shape: [2, 1], data: [0.5, 0.5] }] };
    expect(formatJson(body)).toBe('{\n  "inputs": [\n    {\n      "name": "x",\n      "shape": [2, 1],\n      "data": [0.5, 0.5]\n    }\n  ]\n}');
    expect(JSON.parse(formatJson(body))).toEqual(body);
  });
});
