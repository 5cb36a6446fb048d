// Requests kept for monitoring and the console's log: a sampled share of all (with inputs and
// outputs) and every failed one (with its error). Buffered on the request path and written in
// one statement every half second, off it.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";

type TKeptRequest = {
  endpointId: string;
  deploymentId: string | null;
  protocol: string;
  status: number;
  latencyMs: number;
  inputs?: Prisma.InputJsonValue;
  outputs?: Prisma.InputJsonValue;
  error?: string;
  at: Date;
};

// Bounded: if the database stalls, the oldest waiting are dropped rather than memory growing.
const MAX_WAITING = 50_000;
let waiting: TKeptRequest[] = [];

export function keepRequest(entry: TKeptRequest) {
  if (waiting.length >= MAX_WAITING) waiting.shift();
  waiting.push(entry);
}

export async function flushKeptRequests() {
  if (waiting.length === 0) return 0;
  const batch = waiting;
  waiting = [];
  await db.endpointRequest.createMany({ data: batch });
  return batch.length;
}
