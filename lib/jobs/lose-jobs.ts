// Jobs whose worker is gone. The heartbeat renews the leases of the jobs a worker says it runs,
// and loses those it no longer runs (it restarted); the reaper loses the jobs of workers that
// went offline, and any whose lease ran out (a worker that hangs, a replica that died mid-launch).
import { db } from "@/lib/db";
import type { TRunningJobs } from "@/lib/protocol";
import { JOB_LEASE_MS } from "./claim-queued-jobs";
import { endJob } from "./end-job";
import { scheduleQueuedJobs } from "./schedule-jobs";

// A job is sent before the worker's next heartbeat lists it: give it that long to appear.
const START_GRACE_MS = 10_000;

export async function reconcileWorkerJobs(options: { workerId: string; hostname: string; jobs: TRunningJobs }) {
  const listed = new Set(options.jobs.map((job) => `${job.jobId}:${job.attempt}`));
  const running = await db.job.findMany({ where: { workerId: options.workerId, status: "RUNNING" }, select: { id: true, attempt: true, startedAt: true } });
  const renewed = running.filter((job) => listed.has(`${job.id}:${job.attempt}`)).map((job) => job.id);
  if (renewed.length) {
    await db.job.updateMany({ where: { id: { in: renewed }, status: "RUNNING" }, data: { leaseExpiresAt: new Date(Date.now() + JOB_LEASE_MS) } });
  }
  const startedBefore = Date.now() - START_GRACE_MS;
  for (const job of running) {
    if (listed.has(`${job.id}:${job.attempt}`) || (job.startedAt?.getTime() ?? 0) > startedBefore) continue;
    await endJob({ jobId: job.id, attempt: job.attempt, from: ["RUNNING"], to: "LOST", reason: `${options.hostname} no longer runs it (the worker restarted?).`, workerId: options.workerId });
  }
}

/** RUNNING jobs whose worker has been offline since before `since`, or whose lease ran out. */
export async function loseJobsOfGoneWorkers(since: Date) {
  const gone = await db.$queryRaw<Array<{ id: string; attempt: number; hostname: string | null; isExpired: boolean }>>`
    SELECT j.id, j.attempt, w.hostname, (j."leaseExpiresAt" < ${new Date()}) AS "isExpired"
    FROM "Job" j LEFT JOIN "Worker" w ON w.id = j."workerId"
    WHERE j.status = 'RUNNING' AND ((w.status = 'OFFLINE' AND w."lastSeenAt" < ${since}) OR w.id IS NULL OR j."leaseExpiresAt" < ${new Date()})`;
  for (const job of gone) {
    const reason = job.isExpired && job.hostname ? `${job.hostname} stopped renewing its lease.` : `Lost its worker${job.hostname ? ` ${job.hostname}` : ""}.`;
    await endJob({ jobId: job.id, attempt: job.attempt, from: ["RUNNING"], to: "LOST", reason });
  }
  return gone.length;
}

export async function retryQueuedJobs() {
  const teams = await db.job.findMany({ where: { status: "QUEUED" }, distinct: ["teamId"], select: { teamId: true } });
  for (const { teamId } of teams) await scheduleQueuedJobs(teamId);
}
