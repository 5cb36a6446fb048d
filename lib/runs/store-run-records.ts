// The rest of a batch, event by event (a few per batch, against thousands of metric values):
// confusion matrices and histograms per step, summary values, a run's end, and files.
import { Prisma } from "@prisma/client";
import type { TPreparedQuery } from "@/lib/db/prepared-query";
import type { TSdkEvent } from "@/lib/protocol/sdk-events";
import { writeArtifact } from "@/lib/artifacts/artifact-store";

type TChartEvent = Extract<TSdkEvent, { type: "confusion" | "histogram" }>;

export function chartOf(event: TChartEvent) {
  if (event.type === "confusion") return { kind: "confusion" as const, data: { labels: event.labels, matrix: event.matrix } };
  return { kind: "histogram" as const, data: { edges: event.edges, counts: event.counts } };
}

export function artifactKey(runId: string, path: string) {
  return `runs/${runId}/${path}`;
}

/** Stores one event other than start and metrics. */
export async function storeRunRecord(query: TPreparedQuery, event: TSdkEvent) {
  if (event.type === "confusion" || event.type === "histogram") {
    const { kind, data } = chartOf(event);
    await query(Prisma.sql`
      INSERT INTO "RunChart" ("runId", kind, name, step, time, data)
      VALUES (${event.run}, ${kind.toUpperCase()}::"RunChartKind", ${event.name}, ${event.step}, ${event.time}, ${JSON.stringify(data)}::jsonb)
      ON CONFLICT ("runId", kind, name, step) DO UPDATE SET time = excluded.time, data = excluded.data`);
  } else if (event.type === "summary") {
    await query(Prisma.sql`
      UPDATE "Run" SET summary = summary || ${JSON.stringify(event.values)}::jsonb, "updatedAt" = now() AT TIME ZONE 'UTC' WHERE id = ${event.run}`);
  } else if (event.type === "finish") {
    // The first end counts: a run that failed stays failed when an atexit hook finishes it again.
    await query(Prisma.sql`
      UPDATE "Run" SET status = ${event.status.toUpperCase()}::"RunStatus", "finishedAt" = to_timestamp(${event.time}) AT TIME ZONE 'UTC',
        "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE id = ${event.run} AND status = 'RUNNING'`);
  } else if (event.type === "artifact") {
    const data = Buffer.from(event.data, "base64");
    await writeArtifact(artifactKey(event.run, event.path), data);
    await query(Prisma.sql`
      INSERT INTO "RunArtifact" ("runId", path, size, model) VALUES (${event.run}, ${event.path}, ${data.length}, ${event.model ? JSON.stringify(event.model) : null}::jsonb)
      ON CONFLICT ("runId", path) DO UPDATE SET size = excluded.size, model = excluded.model, "createdAt" = now()`);
  }
}
