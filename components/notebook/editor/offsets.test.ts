import { describe, expect, it } from "vitest";
import { toCodePointOffset, toUtf16Offset } from "./offsets";

describe("cursor offsets", () => {
  it("are equal for text in the Basic Multilingual Plane", () => {
    expect(toCodePointOffset("import numpy", 7)).toBe(7);
    expect(toUtf16Offset("import numpy", 7)).toBe(7);
  });

  it("count a surrogate pair as one code point", () => {
    const text = 's = "🙂"; np.ar';
    expect(text.length).toBe(15);
    expect(toCodePointOffset(text, text.length)).toBe(14);
    expect(toUtf16Offset(text, 14)).toBe(15);
    expect(toUtf16Offset(text, toCodePointOffset(text, 12))).toBe(12);
  });
});
