// worker:hello: the worker's row (one per token + hostname) goes ONLINE with what the machine
// has. The connection time is the fence for the matching disconnect: an old socket's late
// disconnect must not take a reconnected worker offline.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import type { TWorkerPayload } from "@/lib/protocol";

export async function registerWorker(options: { teamId: string; workerTokenId: string; hello: TWorkerPayload<"worker:hello"> }) {
  const { kernels: _kernels, ...capabilities } = options.hello;
  const now = new Date();
  const fields = { status: "ONLINE" as const, capabilities: capabilities as Prisma.InputJsonValue, connectedAt: now, lastSeenAt: now };
  return db.worker.upsert({
    where: { workerTokenId_hostname: { workerTokenId: options.workerTokenId, hostname: capabilities.hostname } },
    create: { teamId: options.teamId, workerTokenId: options.workerTokenId, hostname: capabilities.hostname, ...fields },
    update: fields,
    select: { id: true, hostname: true, connectedAt: true },
  });
}
