// A trial's objective is the best value (in the sweep's direction) its run logged of the
// sweep's metric, read from the run's metric figures; its step, the latest logged. When a
// job logged several runs, the latest one that logged the metric counts.
import { Prisma } from "@prisma/client";
import type { db } from "@/lib/db";

type TSweepRef = { id: string; objectiveMetric: string; isMaximized: boolean };

export async function refreshTrialObjectives(tx: Pick<typeof db, "$executeRaw">, sweep: TSweepRef, jobId?: string) {
  const ofJob = jobId ? Prisma.sql`AND t2."jobId" = ${jobId}` : Prisma.empty;
  await tx.$executeRaw`
    UPDATE "SweepTrial" t SET objective = best.value, "objectiveStep" = best."lastStep"
    FROM (
      SELECT DISTINCT ON (t2.id) t2.id, (CASE WHEN ${sweep.isMaximized} THEN m."maxValue" ELSE m."minValue" END) AS value, m."lastStep"
      FROM "SweepTrial" t2
      JOIN "Run" r ON r."jobId" = t2."jobId"
      JOIN "RunMetric" m ON m."runId" = r.id AND m.key = ${sweep.objectiveMetric}
      WHERE t2."sweepId" = ${sweep.id} ${ofJob}
      ORDER BY t2.id, r."startedAt" DESC
    ) best
    WHERE t.id = best.id AND (t.objective IS DISTINCT FROM best.value OR t."objectiveStep" IS DISTINCT FROM best."lastStep")`;
}
