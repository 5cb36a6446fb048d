// A notebook's kernel is gone (it died, restarted, was shut down, or its worker was lost): the
// runs it was logging can never finish, so they end as failed instead of running for ever.
// Runs started after this call (in the next kernel) are not touched: they start later.
import { db } from "@/lib/db";
import { RUNS_ROOM } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";

export async function failNotebookRuns(notebookId: string) {
  const failed = await db.$queryRaw<Array<{ id: string; teamId: string; projectId: string; summary: Record<string, unknown> }>>`
    UPDATE "Run" SET status = 'FAILED', "finishedAt" = (now() AT TIME ZONE 'UTC'), "updatedAt" = (now() AT TIME ZONE 'UTC')
    WHERE "notebookId" = ${notebookId} AND status = 'RUNNING'
    RETURNING id, "teamId", "projectId", summary`;
  for (const run of failed) {
    publishToRoom(run.teamId, { kind: "run", id: run.id }, "run:state", { runId: run.id, status: "failed", summary: run.summary });
    publishToRoom(run.teamId, RUNS_ROOM, "run:changed", { runId: run.id, projectId: run.projectId });
  }
  return failed.map((run) => run.id);
}
