// The local worker's token, made once the first team exists (at the first sign-up) and kept
// in the data folder (mode 0600): the database stores only its hash, and the worker must
// prove it like any other. An admin may revoke it on the Workers page; that is respected.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { generateSecretToken, hashSecretToken } from "@/lib/auth/secret-token";

export type TLocalToken = { token: string } | { revokedFile: string } | null;

export async function ensureLocalWorkerToken(dataDir: string): Promise<TLocalToken> {
  const file = path.join(dataDir, "local-worker-token");
  if (existsSync(file)) {
    const token = (await readFile(file, "utf8")).trim();
    const row = await db.workerToken.findUnique({ where: { tokenHash: hashSecretToken(token) }, select: { revokedAt: true } });
    if (row?.revokedAt) return { revokedFile: file };
    if (row) return { token };
    // A token of another database (DATABASE_URL changed, data reset): make a new one.
  }
  const team = await db.team.findFirst({
    orderBy: { createdAt: "asc" },
    select: { id: true, memberships: { where: { role: "OWNER" }, orderBy: { createdAt: "asc" }, take: 1, select: { userId: true } } },
  });
  if (!team) return null; // nobody has signed up yet
  const { token, tokenHash, prefix } = generateSecretToken("mlw");
  await db.workerToken.create({
    data: { teamId: team.id, createdById: team.memberships[0]?.userId ?? "studio", name: "Local worker (started by the studio)", tokenHash, prefix },
  });
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, token, { mode: 0o600 });
  return { token };
}
