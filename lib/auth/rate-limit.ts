// Sign-in attempts are rows, so the limit holds across server replicas.
import { db } from "@/lib/db";

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILED_SIGN_INS = 10;

export async function isSignInAllowed(key: string, now = new Date()) {
  const failures = await db.signInAttempt.count({
    where: { key, succeeded: false, createdAt: { gt: new Date(now.getTime() - SIGN_IN_WINDOW_MS) } },
  });
  return failures < MAX_FAILED_SIGN_INS;
}

export async function recordSignIn(key: string, succeeded: boolean) {
  await db.signInAttempt.create({ data: { key, succeeded } });
  if (succeeded) await db.signInAttempt.deleteMany({ where: { key, succeeded: false } });
}
