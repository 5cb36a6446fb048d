// Checks an email and password. Wrong password and unknown email give the same answer,
// and too many failures for one email pause sign-in for it.
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { isSignInAllowed, recordSignIn } from "./rate-limit";
import { verifyAgainstNobody, verifyPassword } from "./password";
import { ZSignIn } from "./schemas";

export const WRONG_CREDENTIALS = "Wrong email or password.";

export async function verifyCredentials(input: unknown) {
  const { email, password } = parseInput(ZSignIn, input);
  const key = `email:${email}`;
  if (!(await isSignInAllowed(key))) {
    throw new AppError("rate_limited", "Too many failed sign-ins. Try again in 15 minutes.");
  }
  const user = await db.user.findUnique({ where: { email } });
  const isValid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNobody(password);
  await recordSignIn(key, isValid);
  if (!user || !isValid) throw new AppError("unauthenticated", WRONG_CREDENTIALS);
  return { id: user.id, email: user.email, name: user.name };
}
