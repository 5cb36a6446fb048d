import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { SEED_PASSWORD, seedUser, uniqueName } from "@/prisma/seed/factories";
import { MAX_FAILED_SIGN_INS } from "./rate-limit";
import { verifyCredentials, WRONG_CREDENTIALS } from "./verify-credentials";

async function failure(input: object) {
  const error = await verifyCredentials(input).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("verifyCredentials", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await seedUser();
    const verified = await verifyCredentials({ email: user.email.toUpperCase(), password: SEED_PASSWORD });
    expect(verified.id).toBe(user.id);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await seedUser();
    const wrongPassword = await failure({ email: user.email, password: "nope" });
    const unknownEmail = await failure({ email: `${uniqueName("ghost")}@example.test`, password: "nope" });
    expect(wrongPassword.message).toBe(WRONG_CREDENTIALS);
    expect(unknownEmail.message).toBe(WRONG_CREDENTIALS);
    expect(wrongPassword.code).toBe(unknownEmail.code);
  });

  it("pauses sign-in for an email after too many failures, even with the right password", async () => {
    const user = await seedUser();
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await failure({ email: user.email, password: `wrong ${i}` });
    const limited = await failure({ email: user.email, password: SEED_PASSWORD });
    expect(limited.code).toBe("rate_limited");
  });

  it("answers malformed input with field errors", async () => {
    const error = await failure({ email: "x", password: "" });
    expect(error.code).toBe("bad_input");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["email", "password"]);
  });
});
