import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { findNotebooks } from "@/lib/notebooks/manage-notebooks";
import { can, type TActor } from "@/lib/permissions";
import { findProjects } from "@/lib/projects/manage-projects";
import { NewJobForm } from "@/components/jobs/new-job-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FolderIcon, LockIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New training job" };

type TProps = { searchParams: Promise<{ project?: string | string[] }> };

async function NewJobBody({ actor, project }: { actor: TActor; project?: string }) {
  if (!can(actor, "job.run", { teamId: actor.teamId })) {
    return (
      <EmptyState
        icon={<LockIcon />}
        title="Your role may watch jobs, not start them"
        description={`As a ${actor.role.toLowerCase()} of this team you see every job, its log and its runs. A member, admin or owner can start one, or give you a role that may.`}
        action={<ButtonLink href="/experiments/jobs">See the jobs</ButtonLink>}
      />
    );
  }
  const [projects, notebooks] = await Promise.all([findProjects(actor), findNotebooks(actor)]);
  if (projects.length === 0) {
    return (
      <EmptyState
        icon={<FolderIcon />}
        title="Jobs belong to a project"
        description="Create a project first; then start a job in it, with its runs beside the project's notebooks and data."
        action={<ButtonLink href="/projects">Go to projects</ButtonLink>}
      />
    );
  }
  return (
    <Card>
      <NewJobForm
        projects={projects.map(({ id, name }) => ({ id, name }))}
        notebooks={notebooks.map((notebook) => ({ id: notebook.id, name: notebook.name, projectId: notebook.project.id }))}
        initialProjectId={project}
      />
    </Card>
  );
}

export default async function NewJobPage({ searchParams }: TProps) {
  const actor = await requirePageActor("run.read");
  const { project } = await searchParams;
  return (
    <>
      <PageHeader
        parent={<Link href="/experiments/jobs">← Jobs</Link>}
        title="New training job"
        description="Your code, run on one of your team's workers as a process of its own: it goes on when you close the page, and its log and runs stay."
      />
      <NewJobBody actor={actor} project={typeof project === "string" ? project : undefined} />
    </>
  );
}
