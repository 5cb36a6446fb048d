// A run's system charts: its worker's heartbeat samples from the run's start to its end (or
// now, while it runs), averaged per time bucket with each bucket's lowest and highest value,
// so that a run of days (100k samples) is a few hundred points and no spike disappears.
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { ZCapabilities } from "@/lib/protocol";
import { findAuthorizedRun } from "./find-authorized-run";
import { CHART_BUCKETS } from "./schemas";
import type { TRunSystem, TSampleStat, TSystemPoint, TSystemWorker } from "./system-schemas";

// A bucket's samples (index null), or one GPU's figures in them: a is CPU % or the GPU's
// utilisation %, b the memory used, each as [mean, min, max].
type TBucketRow = { bucket: number; index: number | null; count: number; time: number | null; a: [number, number, number]; b: [number, number, number] };

const stat = ([mean, min, max]: [number, number, number]): TSampleStat => ({ mean, min, max });

function workerFacts(worker: { id: string; hostname: string; capabilities: unknown }): TSystemWorker {
  // Stored JSON from an older or broken worker must not break the page: facts unknown, charts kept.
  const capabilities = ZCapabilities.safeParse(worker.capabilities).data;
  return {
    id: worker.id,
    hostname: worker.hostname,
    cpuCores: capabilities?.cpuCores ?? null,
    memoryBytes: capabilities?.memoryBytes ?? null,
    gpus: capabilities?.gpus.map(({ index, name, memoryBytes }) => ({ index, name, memoryBytes })) ?? [],
  };
}

// Two range scans of the primary key ("workerId", at) in one statement, without a join
// (whose plan, on a table still filling, the statistics got badly wrong: 12 s, not 0.1 s):
// the samples per bucket, and their GPUs (a JSON array each, unnested) per bucket and GPU
// index. A GPU entry that is not an object with numbers is passed over.
async function bucketSamples(workerId: string, window: { from: Date; to: Date }, buckets: number) {
  const from = window.from.getTime() / 1000;
  const span = Math.max(window.to.getTime() / 1000 - from, 0.001);
  const bucket = Prisma.sql`LEAST(${buckets - 1}::int, floor((extract(epoch FROM at)::float8 - ${from}::float8) * ${buckets}::int / ${span}::float8)::int)`;
  const range = Prisma.sql`"workerId" = ${workerId} AND at BETWEEN ${window.from}::timestamp(3) AND ${window.to}::timestamp(3)`;
  const stats = (value: Prisma.Sql) => Prisma.sql`ARRAY[avg(${value}), min(${value}), max(${value})]`;
  const utilisation = Prisma.sql`(gpu ->> 'utilisationPercent')::float8`;
  const gpuMemory = Prisma.sql`(gpu ->> 'memoryUsedBytes')::float8`;
  return db.$queryRaw<TBucketRow[]>`
    SELECT ${bucket} AS bucket, NULL::int AS index, count(*)::int AS count, avg(extract(epoch FROM at)::float8) AS time,
      ${stats(Prisma.sql`"cpuPercent"`)} AS a, ${stats(Prisma.sql`"memoryUsedBytes"`)} AS b
    FROM "WorkerSample" WHERE ${range}
    GROUP BY 1
    UNION ALL
    SELECT ${bucket}, (gpu ->> 'index')::int, count(*)::int, NULL, ${stats(utilisation)}, ${stats(gpuMemory)}
    FROM "WorkerSample" CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(gpus) = 'array' THEN gpus ELSE '[]'::jsonb END) AS gpu
    WHERE ${range} AND jsonb_typeof(gpu) = 'object' AND jsonb_typeof(gpu -> 'index') = 'number'
      AND jsonb_typeof(gpu -> 'utilisationPercent') = 'number' AND jsonb_typeof(gpu -> 'memoryUsedBytes') = 'number'
    GROUP BY 1, 2`;
}

function toPoints(rows: TBucketRow[]): TSystemPoint[] {
  const points = new Map<number, TSystemPoint>();
  for (const row of rows.filter((one) => one.index === null)) {
    points.set(row.bucket, { time: row.time ?? 0, count: row.count, cpuPercent: stat(row.a), memoryUsedBytes: stat(row.b), gpus: [] });
  }
  for (const row of rows) {
    if (row.index !== null) points.get(row.bucket)?.gpus.push({ index: row.index, utilisationPercent: stat(row.a), memoryUsedBytes: stat(row.b) });
  }
  for (const point of points.values()) point.gpus.sort((x, y) => x.index - y.index);
  return [...points.values()].sort((x, y) => x.time - y.time);
}

export async function getRunSystem(actor: TActor | null, options: { runId: string; buckets?: number }): Promise<TRunSystem> {
  const run = await findAuthorizedRun(actor, options.runId);
  // A run that ended without saying when (failed when its kernel was lost) ends at its last change.
  const end = run.finishedAt ?? (run.status === "RUNNING" ? new Date() : run.updatedAt);
  const window = { from: run.startedAt, to: end < run.startedAt ? run.startedAt : end };
  const empty: TRunSystem = { worker: null, from: window.from.getTime() / 1000, to: window.to.getTime() / 1000, total: 0, isDownsampled: false, points: [] };
  if (!run.workerId) return empty;
  const worker = await db.worker.findFirst({ where: { id: run.workerId, teamId: run.teamId }, select: { id: true, hostname: true, capabilities: true } });
  if (!worker) return empty;
  const points = toPoints(await bucketSamples(worker.id, window, options.buckets ?? CHART_BUCKETS));
  const total = points.reduce((sum, point) => sum + point.count, 0);
  return { ...empty, worker: workerFacts(worker), total, isDownsampled: total > points.length, points };
}
