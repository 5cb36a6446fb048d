// Tokens shown once to their owner and kept only as a SHA-256 hash. They carry 256 bits
// of randomness, so a fast hash is enough (unlike passwords).
import { createHash, randomBytes } from "node:crypto";

export function hashSecretToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

export function generateSecretToken(kind: "mls" | "mlw" | "inv") {
  const token = `${kind}_${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashSecretToken(token), prefix: token.slice(0, 10) };
}
