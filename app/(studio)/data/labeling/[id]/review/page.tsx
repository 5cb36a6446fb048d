import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadLabelingProject } from "@/components/labeling-projects/load-labeling-project";
import { ReviewView } from "@/components/labeling-projects/review-view";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Review" };

type TProps = { params: Promise<{ id: string }> };

export default async function ReviewPage({ params }: TProps) {
  const actor = await requirePageActor("labeling.manage");
  const { id } = await params;
  const project = await loadLabelingProject(actor, id);
  return (
    <>
      <PageHeader
        parent={<Link href={`/data/labeling/${project.id}`}>← {project.name}</Link>}
        title="Review"
        description="Accept an item (the annotators' majority becomes its label), send one annotation back with a comment, or fix the label yourself."
      />
      <ReviewView project={{ id: project.id, template: project.template, labels: project.labels, dataset: project.dataset }} />
    </>
  );
}
