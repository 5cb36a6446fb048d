import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FlaskIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Experiments" };

export default async function ExperimentsPage() {
  await requirePageActor("run.read");
  return (
    <>
      <PageHeader title="Experiments" description="Training runs and sweeps, with their metrics, confusion matrices and system load, live while they train." />
      <EmptyState
        icon={<FlaskIcon />}
        title="No runs yet"
        description="Runs start from a project's notebooks or training jobs. Once one logs metrics, it appears here to watch and to compare with other runs."
        action={<ButtonLink href="/projects">Go to projects</ButtonLink>}
      />
    </>
  );
}
