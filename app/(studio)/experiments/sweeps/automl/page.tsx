import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can, type TActor } from "@/lib/permissions";
import { findProjects } from "@/lib/projects/manage-projects";
import { MayNotStartSweeps } from "@/components/sweeps/may-not-start-sweeps";
import { NewAutomlForm } from "@/components/sweeps/new-automl-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FolderIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New AutoML" };

async function NewAutomlBody({ actor }: { actor: TActor }) {
  if (!can(actor, "job.run", { teamId: actor.teamId })) return <MayNotStartSweeps role={actor.role} what="AutoML" />;
  const projects = await findProjects(actor);
  if (projects.length === 0) {
    return (
      <EmptyState icon={<FolderIcon />} title="AutoML runs belong to a project" description="Create a project first." action={<ButtonLink href="/projects">Go to projects</ButtonLink>} />
    );
  }
  return (
    <Card>
      <NewAutomlForm projects={projects.map(({ id, name }) => ({ id, name }))} />
    </Card>
  );
}

export default async function NewAutomlPage() {
  const actor = await requirePageActor("run.read");
  return (
    <>
      <PageHeader
        parent={<Link href="/experiments/sweeps">← Sweeps</Link>}
        title="New AutoML"
        description="A table and the column to predict: the studio infers the task, tries linear models, random forests and gradient boosting with cross-validation on your workers, and ranks them."
      />
      <NewAutomlBody actor={actor} />
    </>
  );
}
