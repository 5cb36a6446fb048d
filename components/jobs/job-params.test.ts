import { describe, expect, it } from "vitest";
import { paramsFromRows, parseParamValue } from "./job-params";

describe("parseParamValue", () => {
  it("sends numbers as numbers, true and false as booleans, and the rest as typed", () => {
    expect(parseParamValue("0.001")).toBe(0.001);
    expect(parseParamValue(" 32 ")).toBe(32);
    expect(parseParamValue("-1e-3")).toBe(-0.001);
    expect(parseParamValue("true")).toBe(true);
    expect(parseParamValue("false")).toBe(false);
    expect(parseParamValue("adam")).toBe("adam");
    // Not numbers as a person means them: kept as text.
    expect(parseParamValue("007")).toBe("007");
    expect(parseParamValue("1,5")).toBe("1,5");
    expect(parseParamValue("")).toBe("");
    expect(parseParamValue("True")).toBe("True");
  });
});

describe("paramsFromRows", () => {
  it("skips blank rows and names a row's problem", () => {
    const { params, errors } = paramsFromRows([
      { id: 1, name: "lr", value: "0.01" },
      { id: 2, name: "", value: "" },
      { id: 3, name: " optimizer ", value: "adam" },
      { id: 4, name: "lr", value: "0.1" },
      { id: 5, name: "", value: "7" },
    ]);
    expect(params).toEqual({ lr: 0.01, optimizer: "adam" });
    expect(errors).toEqual({ 4: '"lr" is named twice.', 5: "Name this param, or remove the row." });
  });
});
