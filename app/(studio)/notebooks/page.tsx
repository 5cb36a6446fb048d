import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { findNotebooks } from "@/lib/notebooks/manage-notebooks";
import { findNotebookActivity } from "@/lib/notebooks/ui-notebook-activity";
import { can } from "@/lib/permissions";
import { findProjects } from "@/lib/projects/manage-projects";
import { ImportNotebookButton } from "@/components/notebook/list/import-notebook-button";
import { NewNotebookButton } from "@/components/notebook/list/new-notebook-button";
import { NotebookTable } from "@/components/notebook/list/notebook-table";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { NotebookIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Notebooks" };

function describe(notebooks: number, projects: number) {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return `${plural(notebooks, "notebook")} in ${plural(projects, "project")}, most recently edited first.`;
}

export default async function NotebooksPage() {
  const actor = await requirePageActor("notebook.read");
  const [notebooks, projects] = await Promise.all([findNotebooks(actor), findProjects(actor)]);
  const activity = await findNotebookActivity(
    actor,
    notebooks.map((notebook) => notebook.id),
  );
  const canCreate = can(actor, "notebook.edit", { teamId: actor.teamId });
  const newButton = canCreate && projects.length > 0 && (
    <>
      <ImportNotebookButton projects={projects} />
      <NewNotebookButton projects={projects} />
    </>
  );
  return (
    <>
      <PageHeader
        title="Notebooks"
        description="Python notebooks that run on your team's workers, with every output saved as it arrives."
        actions={notebooks.length > 0 && newButton}
      />
      {notebooks.length > 0 ? (
        <Card title="All notebooks" description={describe(notebooks.length, new Set(notebooks.map((n) => n.project.id)).size)} isFlush>
          <NotebookTable label="Notebooks" notebooks={notebooks.map((notebook) => ({ ...notebook, activity: activity.get(notebook.id) }))} />
        </Card>
      ) : projects.length === 0 ? (
        <EmptyState
          icon={<NotebookIcon />}
          title="No notebooks yet"
          description="Notebooks belong to a project. Create a project first; then start a notebook in it, here or on the project's page."
          action={<ButtonLink href="/projects">Go to projects</ButtonLink>}
        />
      ) : (
        <EmptyState
          icon={<NotebookIcon />}
          title="No notebooks yet"
          description={
            canCreate
              ? "Start a notebook in one of your projects, blank or from an example, or import a .ipynb file. Its code runs on a worker of your team, and everyone in the team sees its outputs live."
              : "When someone in your team creates a notebook, it appears here."
          }
          action={newButton}
        />
      )}
    </>
  );
}
