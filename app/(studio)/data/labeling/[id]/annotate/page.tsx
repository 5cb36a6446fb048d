import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadLabelingProject } from "@/components/labeling-projects/load-labeling-project";
import { AnnotatorView } from "@/components/annotate/annotator-view";
import { EmptyState } from "@/components/ui/empty-state";
import { LockIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Label" };

type TProps = { params: Promise<{ id: string }> };

export default async function AnnotatePage({ params }: TProps) {
  const actor = await requirePageActor("labeling.annotate");
  const { id } = await params;
  const project = await loadLabelingProject(actor, id);
  return (
    <>
      <PageHeader parent={<Link href={`/data/labeling/${project.id}`}>← {project.name}</Link>} title={project.name} description={`${project.dataset.name} v${project.dataset.version}`} />
      {project.isAssigned ? (
        <AnnotatorView project={{ id: project.id, name: project.name, template: project.template, labels: project.labels, instructions: project.instructions, dataset: project.dataset }} />
      ) : (
        <EmptyState icon={<LockIcon />} title="You are not assigned to this project" description="Ask whoever manages it to add you as an annotator on its page." />
      )}
    </>
  );
}
