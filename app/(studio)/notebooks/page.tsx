import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { NotebookIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Notebooks" };

export default async function NotebooksPage() {
  await requirePageActor("notebook.read");
  return (
    <>
      <PageHeader title="Notebooks" description="Python notebooks that run on your team's workers, with every output saved as it arrives." />
      <EmptyState
        icon={<NotebookIcon />}
        title="No notebooks yet"
        description="Notebooks belong to a project. Create or open a project, and connect a worker to run code on; its notebooks will be listed here across all projects."
        action={<ButtonLink href="/projects">Go to projects</ButtonLink>}
      />
    </>
  );
}
