// Stores one kernel output for a cell, as it arrives, with Jupyter's output-area rules:
// clear_output empties the cell (with wait: true, only once the next output arrives), and
// update_display_data rewrites every stored output of the notebook with that display_id.
// Each case is one SQL statement, so a busy cell costs one round trip per output.
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { queryPrepared } from "@/lib/db/prepared-query";
import type { TKernelOutput } from "@/lib/protocol";

export type TStoredOutput = { cellId: string; notebookId: string; teamId: string; seq: number };

type TStoreOptions = {
  executionId: string;
  output: TKernelOutput;
  /** Given for outputs from a worker: only its own, live sessions may write. */
  worker?: { workerId: string; sessionId: string };
  /** The seq it was published with (live-executions.ts); else the cell's next. */
  seq?: number;
};

// The execution's cell, if this output may still change it: the cell has not been run
// again since (Jupyter too shows only the latest run), and for a worker, the session is
// still its own and alive (a lost session's late outputs do not come back to life).
function executionScope(options: TStoreOptions) {
  const workerId = options.worker?.workerId ?? null;
  const sessionId = options.worker?.sessionId ?? null;
  return Prisma.sql`
    SELECT e."cellId", c."notebookId", s."teamId"
    FROM "Execution" e
    JOIN "KernelSession" s ON s.id = e."sessionId"
    JOIN "Cell" c ON c.id = e."cellId"
    WHERE e.id = ${options.executionId}
      AND (${workerId}::text IS NULL OR (s."workerId" = ${workerId}::text AND e."sessionId" = ${sessionId}::text
           AND s.state NOT IN ('STOPPED', 'LOST')))
      AND NOT EXISTS (SELECT 1 FROM "Execution" later WHERE later."cellId" = e."cellId" AND (later."queuedAt", later.id) > (e."queuedAt", e.id))`;
}

type TClearMode = "pending" | "all" | "none";

function clearModeOf(output: TKernelOutput): TClearMode {
  if (output.msg_type !== "clear_output") return "pending";
  return output.content.wait ? "none" : "all";
}

function displayIdOf(output: TKernelOutput) {
  if (output.msg_type === "display_data" || output.msg_type === "execute_result") return output.content.transient?.display_id ?? null;
  return null;
}

async function appendOutput(options: TStoreOptions) {
  const { output } = options;
  // A clear_output is stored as a marker: with wait it is "pending" until the next output
  // consumes it (deleting it and all before it); without wait it deletes all before it at
  // once and stays, so that seq keeps growing. Readers skip markers.
  const rows = await queryPrepared<TStoredOutput>(Prisma.sql`
    WITH ex AS (${executionScope(options)}),
    pending AS (
      SELECT o.seq FROM "Output" o, ex WHERE o."cellId" = ex."cellId" AND o."msgType" = 'clear_output'
      ORDER BY o.seq DESC LIMIT 1
    ),
    cleared AS (
      DELETE FROM "Output" o USING ex
      WHERE o."cellId" = ex."cellId"
        AND (${clearModeOf(output)}::text = 'all' OR (${clearModeOf(output)}::text = 'pending' AND o.seq <= (SELECT seq FROM pending)))
      RETURNING o.id
    ),
    next AS (SELECT COALESCE(${options.seq ?? null}::int, (SELECT COALESCE(MAX(o.seq), 0) + 1 FROM "Output" o, ex WHERE o."cellId" = ex."cellId")) AS seq)
    INSERT INTO "Output" (id, "cellId", seq, "msgType", content, "displayId")
    SELECT ${randomUUID()}, ex."cellId", next.seq, ${output.msg_type}, ${JSON.stringify(output.content)}::jsonb, ${displayIdOf(output)}
    FROM ex, next
    RETURNING "cellId", seq, (SELECT "notebookId" FROM ex) AS "notebookId", (SELECT "teamId" FROM ex) AS "teamId"`);
  return rows[0] ?? null;
}

async function updateDisplay(options: TStoreOptions & { output: Extract<TKernelOutput, { msg_type: "update_display_data" }> }) {
  const { data, metadata, transient } = options.output.content;
  const rows = await queryPrepared<{ cellId: string; notebookId: string; teamId: string }>(Prisma.sql`
    WITH ex AS (${executionScope(options)}),
    updated AS (
      UPDATE "Output" o
      SET content = jsonb_set(jsonb_set(o.content, '{data}', ${JSON.stringify(data)}::jsonb), '{metadata}', ${JSON.stringify(metadata)}::jsonb)
      FROM "Cell" c, ex
      WHERE o."displayId" = ${transient.display_id} AND o."cellId" = c.id AND c."notebookId" = ex."notebookId"
      RETURNING o.id
    )
    SELECT ex."cellId", ex."notebookId", ex."teamId" FROM ex`);
  // seq 0: nothing new is stored; browsers apply the update to outputs they hold.
  return rows[0] ? { ...rows[0], seq: 0 } : null;
}

/** PostgreSQL's unique_violation. */
function isSeqCollision(error: unknown) {
  return (error as { code?: unknown } | null)?.code === "23505";
}

/** Returns where the output went (for publishing), or null if it may no longer change the cell. */
export async function storeKernelOutput(options: TStoreOptions): Promise<TStoredOutput | null> {
  const { output } = options;
  if (output.msg_type === "update_display_data") return updateDisplay({ ...options, output });
  try {
    return await appendOutput(options);
  } catch (error) {
    // Two writers on one cell at once (a worker's output and a "worker lost" note) can pick
    // the same next seq; the second simply goes again, after the other. (An output already
    // published with its seq is then stored with the next one: only a re-read shows that.)
    if (isSeqCollision(error)) return appendOutput({ ...options, seq: undefined });
    throw error;
  }
}
