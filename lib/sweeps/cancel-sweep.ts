// Cancel a sweep: no trial is made any more, and its queued and running trials are stopped.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { requestJobStop } from "@/lib/jobs/request-job-stop";
import { findAuthorizedSweep } from "./find-authorized-sweep";
import { publishSweepChange } from "./publish-sweep";

export async function cancelSweep(actor: TActor | null, sweepId: string) {
  const sweep = await findAuthorizedSweep(actor, "job.run", sweepId);
  const { count } = await db.sweep.updateMany({
    where: { id: sweep.id, status: "RUNNING" },
    data: { status: "CANCELLED", reason: "Cancelled: no more trials are made, and running ones were stopped.", finishedAt: new Date() },
  });
  if (count === 0) throw new AppError("conflict", "This sweep has ended already.");
  const jobs = await db.job.findMany({ where: { sweepTrial: { sweepId: sweep.id }, status: { in: ["QUEUED", "RUNNING"] } } });
  for (const job of jobs) await requestJobStop(job, "Cancelled with its sweep before it started.");
  publishSweepChange(sweep.teamId, sweep.id);
  return { id: sweep.id };
}
