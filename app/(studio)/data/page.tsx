import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/permissions";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DatabaseIcon, TagIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import styles from "@/components/studio/page-sections.module.css";

export const metadata: Metadata = { title: "Data & Labeling" };

export default async function DataPage() {
  const actor = await requirePageActor("labeling.read");
  // Annotators see the tasks given to them, never the team's datasets.
  if (!can(actor, "dataset.read", { teamId: actor.teamId })) {
    return (
      <>
        <PageHeader title="Your labeling tasks" description="Items assigned to you for labeling, across your team's labeling jobs." />
        <EmptyState
          icon={<TagIcon />}
          title="Nothing to label yet"
          description="When someone in your team assigns you a labeling job, its tasks appear here. You can leave this page open."
        />
      </>
    );
  }
  return (
    <>
      <PageHeader title="Data & Labeling" description="Versioned datasets, and the labeling jobs your annotators work through." />
      <div className={styles.stack}>
        <Card title="Datasets" description="Uploaded files and tables, versioned so every run knows exactly what it trained on.">
          <EmptyState
            size="inline"
            icon={<DatabaseIcon />}
            title="No datasets yet"
            description="Datasets are uploaded inside a project. Open a project to add its first dataset; it will be listed here with its versions."
          />
        </Card>
        <Card title="Labeling jobs" description="Data sent to annotators, with progress and agreement.">
          <EmptyState
            size="inline"
            icon={<TagIcon />}
            title="No labeling jobs yet"
            description="Start a labeling job from a dataset and assign annotators; its progress will show here. Invite annotators from Team settings."
          />
        </Card>
      </div>
    </>
  );
}
