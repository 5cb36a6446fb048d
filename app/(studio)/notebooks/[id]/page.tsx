import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AppError } from "@/lib/errors";
import { getNotebook } from "@/lib/notebooks/get-notebook";
import { can } from "@/lib/permissions";
import { NotebookEditor } from "@/components/notebook/notebook-editor";
import { toNotebookData } from "@/components/notebook/state/from-server";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";

type TProps = { params: Promise<{ id: string }> };

// Cached per request: the metadata and the page read the same notebook.
const findPageNotebook = cache(async (id: string) => {
  const actor = await requirePageActor("notebook.read");
  try {
    return { actor, notebook: await getNotebook(actor, id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: (await findPageNotebook((await params).id)).notebook.name };
}

export default async function NotebookPage({ params }: TProps) {
  const { actor, notebook } = await findPageNotebook((await params).id);
  const team = { teamId: actor.teamId };
  const canEdit = can(actor, "notebook.edit", team);
  // Running saves the code too, so it takes both.
  const canRun = canEdit && can(actor, "notebook.run", team);
  return (
    <>
      <PageHeader
        parent={<Link href={`/projects/${notebook.project.slug}`}>← {notebook.project.name}</Link>}
        title={notebook.name}
        actions={
          <>
            {!canEdit && <Badge>Read only</Badge>}
            <Badge tone="accent">{notebook.gpus === 0 ? "CPU kernel" : `${notebook.gpus} GPU${notebook.gpus === 1 ? "" : "s"}`}</Badge>
          </>
        }
      />
      <NotebookEditor key={notebook.id} data={toNotebookData(notebook)} canEdit={canEdit} canRun={canRun} />
    </>
  );
}
