import { describe, expect, it } from "vitest";
import { requestResult } from "./request-result";

describe("requestResult", () => {
  it("gives the body on success", () => {
    expect(requestResult(201, { id: "j1" })).toEqual({ ok: true, data: { id: "j1" } });
  });

  it("keeps the studio's error with its field errors", () => {
    const body = { code: "bad_input", message: "Some fields need attention.", fieldErrors: { command: ["Required."] } };
    expect(requestResult(422, body)).toEqual({ ok: false, error: body });
  });

  it("says what happened when the answer is no studio error", () => {
    expect(requestResult(502, null)).toEqual({ ok: false, error: { code: "internal", message: "The studio answered 502." } });
    expect(requestResult(0, null)).toMatchObject({ ok: false, error: { message: expect.stringContaining("could not be reached") } });
  });
});
