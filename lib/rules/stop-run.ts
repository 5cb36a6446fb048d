// A rule that stops a run ends what logs it: a job's process is stopped (its runs end with
// it), a notebook's running cell is interrupted; and the run is marked failed, so that a
// process the studio cannot reach (a laptop) still shows the run as stopped.
import { db } from "@/lib/db";
import { appendJobLog } from "@/lib/jobs/append-job-log";
import { requestJobStop } from "@/lib/jobs/request-job-stop";
import { findCurrentSession } from "@/lib/kernels/notebook-kernel";
import { sendWorkerCommand } from "@/lib/workers/send-worker-command";
import { publishToRoom } from "@/lib/server/publish";

export async function stopRun(runId: string, why: string) {
  const run = await db.run.findUniqueOrThrow({ where: { id: runId }, include: { job: true } });
  if (run.job && (run.job.status === "RUNNING" || run.job.status === "QUEUED")) {
    await appendJobLog({ jobId: run.job.id, attempt: run.job.attempt, stream: "system", text: `Stopped by a rule of run ${run.name}: ${why}\n` });
    await requestJobStop(run.job, `Stopped by a rule of run ${run.name}.`);
  }
  const session = run.notebookId ? await findCurrentSession(run.notebookId) : null;
  if (session?.worker && session.state === "BUSY") await sendWorkerCommand(session.worker.id, "kernel:interrupt", { sessionId: session.id });
  const { count } = await db.run.updateMany({ where: { id: runId, status: "RUNNING" }, data: { status: "FAILED", finishedAt: new Date() } });
  if (count) publishToRoom(run.teamId, { kind: "run", id: runId }, "run:state", { runId, status: "failed", summary: run.summary as Record<string, unknown> });
}
