// Argon2id through @node-rs/argon2 (prebuilt in its npm package, no compiler needed).
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string) {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the email is unknown keeps both answers equally slow.
const UNKNOWN_USER_HASH = hash("not-a-real-password");

export async function verifyAgainstNobody(password: string) {
  await verify(await UNKNOWN_USER_HASH, password);
  return false;
}
