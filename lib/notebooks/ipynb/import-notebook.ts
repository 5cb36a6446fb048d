// A .ipynb file made into a notebook of a project: cells with their ids (unique within the
// notebook, kept in Cell.ipynbId since Cell.id is global), metadata, attachments, execution
// counts and outputs in the stored form. Everything is checked before anything is written,
// and written in one transaction: a file that fails, early or late, leaves nothing behind.
import { randomUUID } from "node:crypto";
import type { CellType, Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import type { TKernelOutput } from "@/lib/protocol";
import { createSortableId } from "@/lib/kernels/sortable-id";
import { findNotebookProject } from "../find-authorized-notebook";
import { SUMMARY_SELECT, toSummary } from "../notebook-summary";
import { ZSource, type TImportNotebook, type TNotebookSummary } from "../schemas";
import type { TIpynbCell, TIpynbNotebook } from "./ipynb-types";
import { fromIpynbOutput } from "./convert-outputs";
import { joinLines, joinMimeBundle } from "./multiline-text";
import { parseIpynb } from "./parse-ipynb";

const CELL_TYPES: Record<TIpynbCell["cell_type"], CellType> = { code: "CODE", markdown: "MARKDOWN", raw: "RAW" };
const DEFAULT_NAME = "Imported notebook";
// Each table is one statement, but a large file's rows still take a while to travel.
const TRANSACTION_TIMEOUT_MS = 120_000;

type TCellRow = {
  id: string;
  position: number;
  type: CellType;
  source: string;
  metadata: string;
  executionCount: number | null;
  ipynbId: string;
  attachments: string | null;
  outputs: TKernelOutput[];
};

function nameOf(notebook: TIpynbNotebook, name: string | undefined) {
  const title = typeof notebook.metadata.title === "string" ? notebook.metadata.title.trim().slice(0, 120) : "";
  return name ?? (title || DEFAULT_NAME);
}

function toCellRow(cell: TIpynbCell, position: number): TCellRow {
  const source = ZSource.safeParse(joinLines(cell.source));
  if (!source.success) throw new AppError("bad_input", `cells/${position}/source: ${source.error.issues[0].message}`);
  const row = { id: createSortableId(), position, type: CELL_TYPES[cell.cell_type], source: source.data, metadata: JSON.stringify(cell.metadata), ipynbId: cell.id };
  if (cell.cell_type === "code") {
    const outputs = cell.outputs.map((output, index) => fromIpynbOutput(output, `cells/${position}/outputs/${index}`));
    return { ...row, executionCount: cell.execution_count, attachments: null, outputs };
  }
  const attachments = cell.attachments && Object.fromEntries(Object.entries(cell.attachments).map(([name, bundle]) => [name, joinMimeBundle(bundle)]));
  return { ...row, executionCount: null, attachments: attachments ? JSON.stringify(attachments) : null, outputs: [] };
}

// Rows go in as arrays, one per column, unnested by PostgreSQL: a statement of a few
// parameters whatever the size (Prisma's createMany took ~0.5 s for 2,000 cells).
async function insertCells(tx: Prisma.TransactionClient, notebookId: string, userId: string, cells: TCellRow[]) {
  const column = <K extends keyof TCellRow>(key: K) => cells.map((cell) => cell[key]);
  await tx.$executeRaw`
    INSERT INTO "Cell" (id, "notebookId", position, type, source, metadata, "executionCount", "ipynbId", attachments, "updatedById", "updatedAt")
    SELECT c.id, ${notebookId}, c.position, c.type::"CellType", c.source, c.metadata, c.execution_count, c.ipynb_id, c.attachments, ${userId}, now()
    FROM unnest(${column("id")}::text[], ${column("position")}::int[], ${column("type")}::text[], ${column("source")}::text[],
                ${column("metadata")}::jsonb[], ${column("executionCount")}::int[], ${column("ipynbId")}::text[], ${column("attachments")}::jsonb[])
      AS c(id, position, type, source, metadata, execution_count, ipynb_id, attachments)`;
}

async function insertOutputs(tx: Prisma.TransactionClient, cells: TCellRow[]) {
  const rows = cells.flatMap((cell) => cell.outputs.map((output, index) => ({ cellId: cell.id, seq: index + 1, output })));
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Output" (id, "cellId", seq, "msgType", content)
    SELECT * FROM unnest(${rows.map(() => randomUUID())}::text[], ${rows.map((row) => row.cellId)}::text[], ${rows.map((row) => row.seq)}::int[],
                         ${rows.map((row) => row.output.msg_type)}::text[], ${rows.map((row) => JSON.stringify(row.output.content))}::jsonb[])`;
}

// PostgreSQL stores no NUL character (\u0000), in text (22021) or in JSON (22P05); nothing
// else in a valid notebook can fail to be stored. Found only while writing: checking every
// string of a large notebook beforehand would cost every import for a rare file.
function isUnstorableText(error: unknown) {
  const code = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } } | undefined)?.meta?.driverAdapterError?.cause?.originalCode;
  return code === "22021" || code === "22P05";
}

export async function importNotebook(actor: TActor | null, input: TImportNotebook): Promise<TNotebookSummary> {
  const { teamId, userId } = authorizeInTeam(actor, "notebook.edit");
  const project = await findNotebookProject(teamId, input.projectId);
  const notebook = parseIpynb({ notebook: input.notebook });
  const cells = notebook.cells.map(toCellRow);
  try {
    return await db.$transaction(
      async (tx) => {
        const { id } = await tx.notebook.create({
          data: { teamId, projectId: project.id, name: nameOf(notebook, input.name), gpus: input.gpus, createdById: userId, metadata: notebook.metadata as Prisma.InputJsonObject },
          select: { id: true },
        });
        await insertCells(tx, id, userId, cells);
        await insertOutputs(tx, cells);
        return toSummary(await tx.notebook.findUniqueOrThrow({ where: { id }, select: SUMMARY_SELECT }));
      },
      { timeout: TRANSACTION_TIMEOUT_MS },
    );
  } catch (error) {
    if (isUnstorableText(error)) throw new AppError("bad_input", "The notebook holds a NUL character (\\u0000), which cannot be stored. Remove it and import again.");
    throw error;
  }
}
