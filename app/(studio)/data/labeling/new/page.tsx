import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { findLabelingSources } from "@/lib/labeling/find-labeling-sources";
import { NewLabelingProjectForm } from "@/components/labeling-projects/new-labeling-project-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DatabaseIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New labeling project" };

type TProps = { searchParams: Promise<{ dataset?: string; version?: string }> };

export default async function NewLabelingProjectPage({ searchParams }: TProps) {
  const actor = await requirePageActor("labeling.manage");
  const { dataset, version } = await searchParams;
  const sources = await findLabelingSources(actor);
  return (
    <>
      <PageHeader
        parent={<Link href="/data">← Data & Labeling</Link>}
        title="New labeling project"
        description="Send a dataset version's items to annotators: choose what they label, the labels and their hotkeys, and how many people label each item."
      />
      {sources.datasets.length === 0 ? (
        <EmptyState
          icon={<DatabaseIcon />}
          title="Upload a dataset first"
          description="A labeling project labels the images or texts of a dataset version."
          action={<ButtonLink href="/data/upload">Upload data</ButtonLink>}
        />
      ) : (
        <Card>
          <NewLabelingProjectForm sources={sources} initialDatasetId={dataset} initialVersion={version ? Number(version) : undefined} />
        </Card>
      )}
    </>
  );
}
