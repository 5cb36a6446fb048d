// Requests kept for monitoring and the console's log: a sampled share of all (with inputs and
// outputs) and every failed one (with its error). Buffered on the request path and written in
// one statement every half second, off it.
import { Prisma } from "@prisma/client";
import { queryPrepared } from "@/lib/db/prepared-query";

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

/** One prepared statement for any batch (arrays, not a VALUES list): Prisma's query building
 * runs on the event loop, where each millisecond shows in the gateway's p99. */
export async function flushKeptRequests() {
  if (waiting.length === 0) return 0;
  const batch = waiting;
  waiting = [];
  const column = <T>(pick: (r: TKeptRequest) => T) => batch.map(pick);
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  await queryPrepared(Prisma.sql`
    INSERT INTO "EndpointRequest" ("endpointId", "deploymentId", protocol, status, "latencyMs", inputs, outputs, error, at)
    SELECT e, d, p, s, l, i, o, x, (a AT TIME ZONE 'UTC')
    FROM unnest(${column((r) => r.endpointId)}::text[], ${column((r) => r.deploymentId)}::text[], ${column((r) => r.protocol)}::text[],
      ${column((r) => r.status)}::int[], ${column((r) => r.latencyMs)}::float8[], ${column((r) => json(r.inputs))}::jsonb[],
      ${column((r) => json(r.outputs))}::jsonb[], ${column((r) => r.error ?? null)}::text[], ${column((r) => r.at.toISOString())}::timestamptz[]) AS u(e, d, p, s, l, i, o, x, a)`);
  return batch.length;
}
