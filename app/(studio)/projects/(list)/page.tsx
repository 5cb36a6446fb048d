import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/permissions";
import { findProjects } from "@/lib/projects/manage-projects";
import { LiveRefresh } from "@/components/live/live-refresh";
import { NewProjectButton } from "@/components/projects/new-project-button";
import { ProjectGrid } from "@/components/projects/project-grid";
import { EmptyState } from "@/components/ui/empty-state";
import { FolderIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const actor = await requirePageActor("project.read");
  const projects = await findProjects(actor);
  const canCreate = can(actor, "project.create", { teamId: actor.teamId });
  return (
    <>
      <PageHeader
        title="Projects"
        description="Each project gathers the notebooks, data, runs, models and endpoints of one ML problem."
        actions={
          <>
            <LiveRefresh event="project:created" />
            {canCreate && projects.length > 0 && <NewProjectButton />}
          </>
        }
      />
      {projects.length > 0 ? (
        <ProjectGrid projects={projects} />
      ) : (
        <EmptyState
          icon={<FolderIcon />}
          title="No projects yet"
          description={
            canCreate
              ? "Create a project for the problem you are working on; notebooks, datasets and experiments live inside it."
              : "When someone in your team creates a project, it appears here."
          }
          action={canCreate && <NewProjectButton />}
        />
      )}
    </>
  );
}
