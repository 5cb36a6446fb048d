// One statement, one round trip, on the path from Shift+Enter to the kernel: with the
// team's notebook's current session locked, save the code as the cell's source (if the editor's
// version is current), clear the cell's outputs, and queue the execution. Whether it can
// be sent to the worker now is read under the same lock (see launch-session.ts).
import { Prisma, type KernelState } from "@prisma/client";
import { queryPrepared } from "@/lib/db/prepared-query";
import { createSortableId } from "./sortable-id";

export type TQueued = {
  /** false: no notebook of this team has this id. */
  isNotebookFound: boolean;
  /** null: the notebook has no live session (none, dead, stopped, lost): start one first. */
  sessionId: string | null;
  state: KernelState | null;
  workerId: string | null;
  hostname: string | null;
  /** null: no code cell of this notebook has this id. */
  cellId: string | null;
  cellVersion: number | null;
  /** The new version when the source changed. */
  savedVersion: number | null;
  /** null with a cell and a session: the version check failed (a conflict). */
  executionId: string | null;
};

type TQueueExecution = { teamId: string; notebookId: string; cellId: string; code: string; userId: string; baseVersion?: number };

export async function queueExecution(input: TQueueExecution): Promise<TQueued> {
  const executionId = createSortableId();
  const baseVersion = input.baseVersion ?? null;
  const rows = await queryPrepared<TQueued>(Prisma.sql`
    WITH notebook AS (SELECT n.id FROM "Notebook" n WHERE n.id = ${input.notebookId} AND n."teamId" = ${input.teamId}),
    s AS (
      SELECT ks.id, ks.state, ks."workerId" FROM "KernelSession" ks, notebook
      WHERE ks."notebookId" = notebook.id
      ORDER BY ks."createdAt" DESC, ks.id DESC LIMIT 1
      FOR UPDATE OF ks
    ),
    live AS (SELECT * FROM s WHERE s.state IN ('QUEUED', 'STARTING', 'IDLE', 'BUSY', 'RESTARTING')),
    cell AS (
      SELECT c.id, c.source, c.version FROM "Cell" c, notebook
      WHERE c.id = ${input.cellId} AND c."notebookId" = notebook.id AND c.type = 'CODE'
    ),
    ok AS (
      SELECT cell.* FROM cell, live
      WHERE ${baseVersion}::int IS NULL OR cell.version = ${baseVersion}::int OR cell.source = ${input.code}
    ),
    saved AS (
      UPDATE "Cell" c SET source = ${input.code}, version = c.version + 1, "updatedById" = ${input.userId},
        "updatedAt" = (now() AT TIME ZONE 'UTC')
      FROM ok WHERE c.id = ok.id AND ok.source <> ${input.code}
      RETURNING c.version
    ),
    cleared AS (DELETE FROM "Output" o USING ok WHERE o."cellId" = ok.id RETURNING o.id),
    inserted AS (
      INSERT INTO "Execution" (id, "sessionId", "cellId", code, status, "queuedAt", "userId")
      SELECT ${executionId}, live.id, ok.id, ${input.code}, 'QUEUED', (now() AT TIME ZONE 'UTC'), ${input.userId} FROM live, ok
      RETURNING id
    )
    SELECT (SELECT id FROM notebook) IS NOT NULL AS "isNotebookFound", (SELECT id FROM live) AS "sessionId", (SELECT state FROM live) AS state, (SELECT "workerId" FROM live) AS "workerId",
      (SELECT w.hostname FROM live JOIN "Worker" w ON w.id = live."workerId") AS hostname,
      (SELECT id FROM cell) AS "cellId", (SELECT version FROM cell) AS "cellVersion",
      (SELECT version FROM saved) AS "savedVersion", (SELECT id FROM inserted) AS "executionId"`);
  return rows[0];
}
