// Start-up (STARTING → IDLE, then sending what queued meanwhile) and queueing an execution
// take turns on the session row, so that each execution is sent exactly once.
import type { Prisma } from "@prisma/client";

/** Holds the session row until the transaction ends. */
export async function lockSession(tx: Prisma.TransactionClient, sessionId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "KernelSession" WHERE id = ${sessionId} FOR UPDATE`;
  return rows.length > 0;
}
