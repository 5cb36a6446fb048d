// Places a team's queued jobs on its online workers, oldest first: a worker fits when it has a
// free job slot and the GPUs asked for free (kernels hold GPUs too). Rows are taken with FOR
// UPDATE SKIP LOCKED under the team's scheduling lock, so two replicas never dispatch one job
// twice; each claim is a new attempt with a lease that its worker's heartbeat renews.
import { db } from "@/lib/db";
import { loadWorkerCapacity, lockWorkerScheduling, type TWorkerCapacity } from "@/lib/workers/load-worker-capacity";

export const JOB_LEASE_MS = 30_000;

export type TJobClaim = { jobId: string; attempt: number; teamId: string; workerId: string; hostname: string };

function chooseJobWorker(workers: TWorkerCapacity[], gpus: number) {
  const fitting = workers.filter((w) => w.liveJobs < w.jobSlots && w.gpuCount - w.gpusInUse >= gpus);
  // Fewest jobs first; among equals the closest GPU fit, so CPU jobs leave GPU machines free.
  fitting.sort((a, b) => a.liveJobs - b.liveJobs || a.gpuCount - a.gpusInUse - (b.gpuCount - b.gpusInUse) || a.hostname.localeCompare(b.hostname));
  return fitting[0] ?? null;
}

function describeJobWait(workers: TWorkerCapacity[], gpus: number, position: number) {
  const queue = `waiting in queue (position ${position})`;
  if (workers.length === 0) return `No worker is online; ${queue}.`;
  if (!workers.some((w) => w.gpuCount >= gpus && w.jobSlots > 0)) return `No worker that runs jobs has ${gpus} GPU${gpus === 1 ? "" : "s"}; ${queue}.`;
  return `Every worker that fits is busy; ${queue}.`;
}

export async function claimQueuedJobs(teamId: string) {
  return db.$transaction(async (tx) => {
    await lockWorkerScheduling(tx, teamId);
    const queued = await tx.$queryRaw<Array<{ id: string; gpus: number; attempt: number; reason: string | null }>>`
      SELECT id, gpus, attempt, reason FROM "Job" WHERE "teamId" = ${teamId} AND status = 'QUEUED'
      ORDER BY "createdAt", id FOR UPDATE SKIP LOCKED`;
    if (queued.length === 0) return { claimed: [] as TJobClaim[], changedWaits: [] as string[] };
    const workers = await loadWorkerCapacity(tx, teamId);
    const claimed: TJobClaim[] = [];
    const changedWaits: string[] = [];
    let position = 0;
    for (const job of queued) {
      const worker = chooseJobWorker(workers, job.gpus);
      if (!worker) {
        const reason = describeJobWait(workers, job.gpus, ++position);
        if (reason === job.reason) continue;
        await tx.job.update({ where: { id: job.id }, data: { reason } });
        changedWaits.push(job.id);
        continue;
      }
      worker.liveJobs += 1;
      worker.gpusInUse += job.gpus;
      const now = new Date();
      await tx.job.update({
        where: { id: job.id },
        data: {
          status: "RUNNING",
          attempt: job.attempt + 1,
          workerId: worker.id,
          leaseExpiresAt: new Date(now.getTime() + JOB_LEASE_MS),
          startedAt: now,
          finishedAt: null,
          exitCode: null,
          reason: `Starting on ${worker.hostname}.`,
        },
      });
      claimed.push({ jobId: job.id, attempt: job.attempt + 1, teamId, workerId: worker.id, hostname: worker.hostname });
    }
    return { claimed, changedWaits };
  });
}
