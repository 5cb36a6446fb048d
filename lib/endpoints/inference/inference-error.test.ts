import { describe, expect, it } from "vitest";
import { countOf, describeValue, formatShape, InferenceError, rejectInput } from "./inference-error";

describe("InferenceError", () => {
  it("carries its status, message and the input at fault", () => {
    const error = rejectInput("age", "is missing");
    expect(error).toBeInstanceOf(InferenceError);
    expect(error).toBeInstanceOf(Error);
    expect(error.status).toBe(422);
    expect(error.input).toBe("age");
    expect(error.message).toBe("input 'age' is missing");
  });

  it("renders a client's value briefly and never whole", () => {
    expect(describeValue(null)).toBe("null");
    expect(describeValue([1])).toBe("an array");
    expect(describeValue({ a: 1 })).toBe("an object");
    expect(describeValue(1.5)).toBe("1.5");
    expect(describeValue("x".repeat(1000))).toBe(`the string "${"x".repeat(40)}…"`);
  });

  it("prints shapes without spaces", () => {
    expect(formatShape([-1, 4])).toBe("[-1,4]");
    expect(formatShape([])).toBe("[]");
  });

  it("counts in words", () => {
    expect(countOf(1, "value")).toBe("1 value");
    expect(countOf(0, "value")).toBe("0 values");
  });
});
