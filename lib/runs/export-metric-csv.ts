// Every point of one metric as CSV (step,time,value in step order), read from PostgreSQL a
// page at a time as the download is sent: a metric may hold millions of points. Each page is
// its own query, keyed on the step after the last one sent (as fast at the end as at the
// start), so no connection is held while a slow client reads.
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { queryPrepared } from "@/lib/db/prepared-query";
import { AppError } from "@/lib/errors";
import type { TFileAnswer } from "@/lib/http/file-answer";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedRun } from "./find-authorized-run";

const PAGE_POINTS = 50_000;

// pg gives int8 as text, so steps stay exact past 2^53 (cast to text in the SELECT instead,
// `ORDER BY step` would sort that text: "10" before "9"). Times and values are float8, which
// pg gives as the nearest JavaScript number: written back shortest-exact, NaN and ±Infinity
// by name.
type TPointRow = { step: string; time: number; value: number };

async function* csvChunks(metricId: number): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode("step,time,value\n");
  let afterStep = "-1";
  for (;;) {
    const rows = await queryPrepared<TPointRow>(Prisma.sql`
      SELECT step, time, value FROM "MetricPoint"
      WHERE "metricId" = ${metricId} AND step > ${afterStep}::int8 ORDER BY step LIMIT ${PAGE_POINTS}`);
    if (rows.length > 0) yield encoder.encode(rows.map((row) => `${row.step},${row.time},${row.value}\n`).join(""));
    if (rows.length < PAGE_POINTS) return;
    afterStep = rows[rows.length - 1].step;
  }
}

export async function exportMetricCsv(actor: TActor | null, input: { runId: string; key: string }): Promise<TFileAnswer> {
  const run = await findAuthorizedRun(actor, input.runId);
  const metric = await db.runMetric.findUnique({ where: { runId_key: { runId: input.runId, key: input.key } }, select: { id: true } });
  if (!metric) throw new AppError("not_found", `This run has no metric "${input.key}".`);
  return { fileName: `${run.name}-${input.key}.csv`, chunks: csvChunks(metric.id) };
}
