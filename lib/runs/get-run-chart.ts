// Every step of one of a run's confusion matrices or histograms, oldest first.
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedRun } from "./find-authorized-run";
import type { TRunChartSteps } from "./schemas";

export async function getRunChart(actor: TActor | null, input: { runId: string; kind: "confusion" | "histogram"; name: string }): Promise<TRunChartSteps> {
  await findAuthorizedRun(actor, input.runId);
  const rows = await db.runChart.findMany({
    where: { runId: input.runId, kind: input.kind === "confusion" ? "CONFUSION" : "HISTOGRAM", name: input.name },
    orderBy: { step: "asc" },
    select: { step: true, data: true },
  });
  return { kind: input.kind, name: input.name, steps: rows.map((row) => ({ step: Number(row.step), data: row.data as Record<string, unknown> })) };
}
