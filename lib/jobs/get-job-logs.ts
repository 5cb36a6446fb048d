// A job's log chunks after the ones a client has, in order: a page loads them at once, then
// follows the job's room for new ones (and asks again for any it missed meanwhile).
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedJob } from "./find-authorized-job";
import type { TJobLogChunk } from "./schemas";

export async function getJobLogs(actor: TActor | null, input: { jobId: string; after: number; limit: number }) {
  await findAuthorizedJob(actor, "run.read", input.jobId);
  const rows = await db.jobLog.findMany({
    where: { jobId: input.jobId, seq: { gt: input.after } },
    orderBy: { seq: "asc" },
    take: input.limit + 1,
    select: { seq: true, attempt: true, stream: true, text: true, time: true },
  });
  return { chunks: rows.slice(0, input.limit) as TJobLogChunk[], hasMore: rows.length > input.limit };
}
