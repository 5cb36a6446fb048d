import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { findLabelingProjects } from "@/lib/labeling/find-labeling-projects";
import { can } from "@/lib/permissions";
import { DatasetsCard } from "@/components/datasets/datasets-card";
import { LabelingProjectsTable } from "@/components/labeling-projects/labeling-projects-table";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TagIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import styles from "@/components/studio/page-sections.module.css";

export const metadata: Metadata = { title: "Data & Labeling" };

export default async function DataPage() {
  const actor = await requirePageActor("labeling.read");
  const { projects } = await findLabelingProjects(actor);
  // Annotators see the projects given to them, never the team's datasets.
  if (!can(actor, "dataset.read", { teamId: actor.teamId })) {
    return (
      <>
        <PageHeader title="Your labeling tasks" description="The labeling projects you are assigned to. Open one to label its items, one at a time." />
        {projects.length ? (
          <Card isFlush>
            <LabelingProjectsTable projects={projects} isAnnotator />
          </Card>
        ) : (
          <EmptyState
            icon={<TagIcon />}
            title="Nothing to label yet"
            description="When someone in your team assigns you a labeling project, it appears here."
          />
        )}
      </>
    );
  }
  const canManage = can(actor, "labeling.manage", { teamId: actor.teamId });
  return (
    <>
      <PageHeader title="Data & Labeling" description="Versioned datasets, and the labeling projects your annotators work through." />
      <div className={styles.stack}>
        <DatasetsCard actor={actor} />
        <Card
          title="Labeling projects"
          description="Items of a dataset version sent to annotators, with overlap, review and agreement."
          isFlush={projects.length > 0}
          actions={
            canManage && (
              <ButtonLink href="/data/labeling/new" size="sm">
                New labeling project
              </ButtonLink>
            )
          }
        >
          {projects.length ? (
            <LabelingProjectsTable projects={projects} isAnnotator={false} />
          ) : (
            <EmptyState
              size="inline"
              icon={<TagIcon />}
              title="No labeling projects yet"
              description="Start one from a dataset version and assign annotators; its progress shows here. Invite annotators from Team settings."
            />
          )}
        </Card>
      </div>
    </>
  );
}
