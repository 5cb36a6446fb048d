import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AppError } from "@/lib/errors";
import { findNotebooks } from "@/lib/notebooks/manage-notebooks";
import { findNotebookActivity } from "@/lib/notebooks/ui-notebook-activity";
import { can } from "@/lib/permissions";
import { findProject } from "@/lib/projects/manage-projects";
import { ProjectNotebooks } from "@/components/notebook/list/project-notebooks";
import { ProjectSections } from "@/components/projects/project-sections";
import { formatDate } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";

type TProps = { params: Promise<{ slug: string }> };

// Cached per request: the metadata and the page ask for the same project.
const findPageProject = cache(async (slug: string) => {
  const actor = await requirePageActor("project.read");
  try {
    return { actor, ...(await findProject(actor, slug)) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: (await findPageProject((await params).slug)).name };
}

export default async function ProjectPage({ params }: TProps) {
  const { actor, ...project } = await findPageProject((await params).slug);
  const team = { teamId: actor.teamId };
  const canReadNotebooks = can(actor, "notebook.read", team);
  const notebooks = canReadNotebooks ? await findNotebooks(actor, { projectId: project.id }) : [];
  const activity = canReadNotebooks
    ? await findNotebookActivity(
        actor,
        notebooks.map((notebook) => notebook.id),
      )
    : new Map();
  return (
    <>
      <PageHeader
        parent={<Link href="/projects">← Projects</Link>}
        title={project.name}
        description={project.description || `Created ${formatDate(project.createdAt)}. Add notebooks, data and runs as their areas land.`}
      />
      <ProjectSections
        notebooks={
          canReadNotebooks && (
            <ProjectNotebooks
              project={project}
              notebooks={notebooks.map((notebook) => ({ ...notebook, activity: activity.get(notebook.id) }))}
              canCreate={can(actor, "notebook.edit", team)}
            />
          )
        }
      />
    </>
  );
}
