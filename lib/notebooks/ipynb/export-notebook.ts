// A notebook as a .ipynb file (nbformat 4.5) that Jupyter, VS Code or Colab open as is:
// cells in order with the ids they were imported with (their own otherwise), the stored
// metadata, and the outputs a reader sees. The name travels as metadata.title (nbformat
// 4.2+), so importing the file again without naming it keeps the name.
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedNotebook } from "../find-authorized-notebook";
import { asRecord, findOutputsByCell } from "../get-notebook";
import type { TIpynbCell, TIpynbMimeBundle, TIpynbNotebook } from "./ipynb-types";
import { toIpynbOutputs } from "./convert-outputs";
import { splitLines, splitMimeBundle } from "./multiline-text";

function splitAttachments(attachments: unknown) {
  const bundles = Object.entries(asRecord(attachments)).map(([name, bundle]) => [name, splitMimeBundle(asRecord(bundle))]);
  return bundles.length > 0 ? { attachments: Object.fromEntries(bundles) as Record<string, TIpynbMimeBundle> } : {};
}

/** Keys in Jupyter's (sorted) order, so an exported file diffs cleanly against Jupyter's own. */
export async function exportNotebook(actor: TActor | null, input: { notebookId: string }): Promise<TIpynbNotebook> {
  const notebook = await findAuthorizedNotebook(actor, "notebook.read", input.notebookId);
  const [cells, outputsByCell] = await Promise.all([
    db.cell.findMany({
      where: { notebookId: notebook.id },
      orderBy: { position: "asc" },
      select: { id: true, ipynbId: true, type: true, source: true, metadata: true, executionCount: true, attachments: true },
    }),
    findOutputsByCell(notebook.id),
  ]);
  return {
    cells: cells.map((cell): TIpynbCell => {
      const id = cell.ipynbId ?? cell.id;
      const metadata = asRecord(cell.metadata);
      const source = splitLines(cell.source);
      if (cell.type === "CODE") {
        const outputs = toIpynbOutputs((outputsByCell.get(cell.id) ?? []).map(({ output }) => output));
        return { cell_type: "code", execution_count: cell.executionCount, id, metadata, outputs, source };
      }
      return { ...splitAttachments(cell.attachments), cell_type: cell.type === "MARKDOWN" ? "markdown" : "raw", id, metadata, source };
    }),
    metadata: { ...asRecord(notebook.metadata), title: notebook.name },
    nbformat: 4,
    nbformat_minor: 5,
  };
}
