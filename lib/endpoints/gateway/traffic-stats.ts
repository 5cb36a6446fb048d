// Each deployment's traffic, second by second: requests, errors and latency percentiles are
// gathered in memory on the request path and written once a second (one statement for all
// deployments), then published to each endpoint's room for the console's live charts.
// Several studio processes add their counts into the same rows; their percentiles combine as
// the worst of them.
import { Prisma } from "@prisma/client";
import { queryPrepared } from "@/lib/db/prepared-query";
import { publishToRoom } from "@/lib/server/publish";
import { watchCanaryErrors } from "./auto-rollback";

type TSecond = { teamId: string; endpointId: string; latencies: number[]; errors: number };

const open = new Map<string, TSecond>(); // deploymentId → this second's requests

export function recordRequest(entry: { teamId: string; endpointId: string; deploymentId: string; latencyMs: number; isError: boolean }) {
  let second = open.get(entry.deploymentId);
  if (!second) {
    second = { teamId: entry.teamId, endpointId: entry.endpointId, latencies: [], errors: 0 };
    open.set(entry.deploymentId, second);
  }
  second.latencies.push(entry.latencyMs);
  if (entry.isError) second.errors += 1;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function flushTrafficStats(at = new Date()) {
  if (open.size === 0) return 0;
  const seconds = [...open.entries()];
  open.clear();
  at.setMilliseconds(0);
  const rows = seconds.map(([deploymentId, s]) => {
    const sorted = Float64Array.from(s.latencies).sort();
    const list = Array.from(sorted);
    return { deploymentId, ...s, requests: list.length, p50Ms: percentile(list, 50), p95Ms: percentile(list, 95), p99Ms: percentile(list, 99) };
  });
  // One prepared statement whatever the count (arrays, not a VALUES list): Prisma's query
  // building runs on the event loop, where each millisecond shows in the gateway's p99.
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
  await queryPrepared(Prisma.sql`
    INSERT INTO "EndpointStat" ("endpointId", "deploymentId", at, requests, errors, "p50Ms", "p95Ms", "p99Ms")
    SELECT e, d, (${at.toISOString()}::timestamptz AT TIME ZONE 'UTC'), r, x, p50, p95, p99
    FROM unnest(${column("endpointId")}::text[], ${column("deploymentId")}::text[], ${column("requests")}::int[], ${column("errors")}::int[],
      ${column("p50Ms")}::float8[], ${column("p95Ms")}::float8[], ${column("p99Ms")}::float8[]) AS u(e, d, r, x, p50, p95, p99)
    ON CONFLICT ("deploymentId", at) DO UPDATE SET requests = "EndpointStat".requests + excluded.requests, errors = "EndpointStat".errors + excluded.errors,
      "p50Ms" = GREATEST("EndpointStat"."p50Ms", excluded."p50Ms"), "p95Ms" = GREATEST("EndpointStat"."p95Ms", excluded."p95Ms"), "p99Ms" = GREATEST("EndpointStat"."p99Ms", excluded."p99Ms")`);
  const byEndpoint = new Map<string, typeof rows>();
  for (const row of rows) byEndpoint.set(row.endpointId, [...(byEndpoint.get(row.endpointId) ?? []), row]);
  for (const [endpointId, list] of byEndpoint) {
    const deployments = list.map(({ deploymentId, requests, errors, p50Ms, p95Ms, p99Ms }) => ({ deploymentId, requests, errors, p50Ms, p95Ms, p99Ms }));
    publishToRoom(list[0].teamId, { kind: "endpoint", id: endpointId }, "endpoint:traffic", { endpointId, at: at.toISOString(), deployments });
  }
  await watchCanaryErrors(rows);
  return rows.length;
}
