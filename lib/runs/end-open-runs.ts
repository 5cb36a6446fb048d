// The process that was logging some runs is gone, so they can never finish by themselves: they
// end now instead of running for ever. A notebook's kernel died, restarted, was shut down or
// lost its worker (failed); a training job's process exited (finished when it succeeded,
// failed otherwise). Runs started after this call (in the next kernel) are not touched.
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { RUNS_ROOM } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";

type TOpenRunsOf = { notebookId: string } | { jobId: string };

export async function endOpenRuns(of: TOpenRunsOf, status: "FINISHED" | "FAILED" = "FAILED") {
  const owner = "notebookId" in of ? Prisma.sql`"notebookId" = ${of.notebookId}` : Prisma.sql`"jobId" = ${of.jobId}`;
  const ended = await db.$queryRaw<Array<{ id: string; teamId: string; projectId: string; summary: Record<string, unknown> }>>`
    UPDATE "Run" SET status = ${status}::"RunStatus", "finishedAt" = (now() AT TIME ZONE 'UTC'), "updatedAt" = (now() AT TIME ZONE 'UTC')
    WHERE ${owner} AND status = 'RUNNING'
    RETURNING id, "teamId", "projectId", summary`;
  const statusName = status === "FINISHED" ? "finished" : "failed";
  for (const run of ended) {
    publishToRoom(run.teamId, { kind: "run", id: run.id }, "run:state", { runId: run.id, status: statusName, summary: run.summary });
    publishToRoom(run.teamId, RUNS_ROOM, "run:changed", { runId: run.id, projectId: run.projectId });
  }
  return ended.map((run) => run.id);
}
