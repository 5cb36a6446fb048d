// A notebook as lists and create/import answer it: ZNotebookSummary.
import type { Prisma } from "@prisma/client";
import type { TNotebookSummary } from "./schemas";

export const SUMMARY_SELECT = {
  id: true,
  name: true,
  gpus: true,
  createdAt: true,
  updatedAt: true,
  project: { select: { id: true, name: true, slug: true } },
  _count: { select: { cells: true } },
} satisfies Prisma.NotebookSelect;

export function toSummary({ _count, ...notebook }: Prisma.NotebookGetPayload<{ select: typeof SUMMARY_SELECT }>): TNotebookSummary {
  return { ...notebook, cellCount: _count.cells };
}
