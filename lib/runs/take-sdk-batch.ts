// In a kernel the SDK logs through IOPub, as a display of its own MIME type. Such an output is
// taken out of the cell's output stream here and ingested as its runs' data; a batch the
// studio refuses comes back to the cell as a red stderr line, so that the user sees why.
import { Prisma } from "@prisma/client";
import { queryPrepared } from "@/lib/db/prepared-query";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { SDK_MIME_TYPE, ZSdkBatch, type TKernelOutput } from "@/lib/protocol";
import { ingestSdkBatch } from "./ingest-sdk-batch";
import type { TRunOrigin } from "./run-origin";

type TKernelBatch = { workerId: string; sessionId: string; executionId: string; output: TKernelOutput };

type TOriginRow = { teamId: string; notebookId: string; projectId: string; userId: string | null; role: string | null };

// The cell's execution on this worker's own session: its notebook, and who ran it.
async function originOf({ workerId, sessionId, executionId }: TKernelBatch): Promise<TRunOrigin | null> {
  const [row] = await queryPrepared<TOriginRow>(Prisma.sql`
    SELECT n."teamId", n.id AS "notebookId", n."projectId", e."userId", m.role::text AS role
    FROM "Execution" e
    JOIN "KernelSession" s ON s.id = e."sessionId"
    JOIN "Notebook" n ON n.id = s."notebookId"
    LEFT JOIN "Membership" m ON m."userId" = e."userId" AND m."teamId" = n."teamId"
    WHERE e.id = ${executionId} AND s.id = ${sessionId} AND s."workerId" = ${workerId}`);
  if (!row) return null;
  const actor = row.userId && row.role ? { userId: row.userId, teamId: row.teamId, role: row.role as never } : null;
  return {
    teamId: row.teamId,
    userId: row.userId,
    mayCreateProject: actor !== null && can(actor, "project.create", { teamId: row.teamId }),
    notebook: { id: row.notebookId, projectId: row.projectId, workerId },
  };
}

function refusal(message: string): TKernelOutput {
  return { msg_type: "stream", content: { name: "stderr", text: `mlstudio: the studio refused logged data: ${message}\n` } };
}

/** null: the output was the SDK's and is taken care of; else the output to store (the
 * original, or the refusal that replaces an SDK batch). */
export async function takeSdkBatch(batch: TKernelBatch): Promise<TKernelOutput | null> {
  const { output } = batch;
  if (output.msg_type !== "display_data" || !(SDK_MIME_TYPE in output.content.data)) return output;
  const parsed = ZSdkBatch.safeParse(output.content.data[SDK_MIME_TYPE]);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refusal(`malformed batch (${issue?.path.join(".")}: ${issue?.message})`);
  }
  const origin = await originOf(batch);
  if (!origin) return null; // a session no longer this worker's: its cell takes no outputs either
  try {
    await ingestSdkBatch(origin, parsed.data);
    return null;
  } catch (error) {
    if (error instanceof AppError) return refusal(error.message);
    throw error;
  }
}
