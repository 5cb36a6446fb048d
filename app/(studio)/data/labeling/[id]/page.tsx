import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadLabelingProject } from "@/components/labeling-projects/load-labeling-project";
import { findLabelers } from "@/lib/labeling/find-labelers";
import { TEMPLATE_TITLES } from "@/lib/labeling/schemas";
import { datasetHref } from "@/components/datasets/dataset-urls";
import { AnnotatorsTable } from "@/components/labeling-projects/annotators-table";
import { ExportPanel } from "@/components/labeling-projects/export-panel";
import { ImportPanel } from "@/components/labeling-projects/import-panel";
import { ProjectSettingsForm } from "@/components/labeling-projects/project-settings-form";
import { agreementMethodName, formatAgreement } from "@/components/labeling-projects/format-agreement";
import { ProgressBar } from "@/components/labeling-projects/progress-bar";
import { LabelLegendStatic } from "@/components/labeling-projects/label-legend-static";
import styles from "@/components/labeling-projects/labeling.module.css";
import sections from "@/components/studio/page-sections.module.css";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Labeling project" };

type TProps = { params: Promise<{ id: string }> };

export default async function LabelingProjectPage({ params }: TProps) {
  const actor = await requirePageActor("labeling.read");
  const { id } = await params;
  const project = await loadLabelingProject(actor, id);
  return (
    <>
      <PageHeader
        parent={<Link href="/data">← Data & Labeling</Link>}
        title={project.name}
        description={
          <>
            {TEMPLATE_TITLES[project.template]} over <Link href={datasetHref(project.dataset.id, project.dataset.version)}>{project.dataset.name} v{project.dataset.version}</Link> ·{" "}
            {project.overlap === 1 ? "one annotation" : `${project.overlap} annotations`} per item · items return to the queue after {project.lockMinutes} min
          </>
        }
        actions={
          <>
            {project.canManage && <ButtonLink href={`/data/labeling/${project.id}/review`}>Review</ButtonLink>}
            {project.isAssigned && (
              <ButtonLink href={`/data/labeling/${project.id}/annotate`} variant="primary">
                Start labeling
              </ButtonLink>
            )}
          </>
        }
      />
      <div className={sections.stack}>
        <Card title="Progress">
          <div className={styles.stats}>
            <div className={styles.stat}>
              <span className={styles.statValue}>{project.itemCount.toLocaleString("en-US")}</span>
              <span className={styles.statLabel}>items</span>
            </div>
            <div className={styles.stat}>
              <span className={styles.statValue}>{project.completedCount.toLocaleString("en-US")}</span>
              <span className={styles.statLabel}>fully annotated</span>
              <ProgressBar done={project.completedCount} total={project.itemCount} label="Items labeled" />
            </div>
            <div className={styles.stat}>
              <span className={styles.statValue}>{project.reviewedCount.toLocaleString("en-US")}</span>
              <span className={styles.statLabel}>accepted in review</span>
              <ProgressBar done={project.reviewedCount} total={project.itemCount} label="Items reviewed" tone="success" />
            </div>
            {project.agreement && (
              <div className={styles.stat}>
                <span className={styles.statValue}>{formatAgreement(project.agreement.overall)}</span>
                <span className={styles.statLabel}>
                  agreement ({agreementMethodName(project.agreement.method)}, latest {project.agreement.items.toLocaleString("en-US")} items with 2+ annotations)
                </span>
              </div>
            )}
          </div>
        </Card>
        <Card title="Labels">
          <LabelLegendStatic labels={project.labels} />
          {project.instructions && <p className={styles.instructions}>{project.instructions}</p>}
        </Card>
        <Card title="Annotators" description="Only assigned people get this project's items." isFlush={project.annotators.length > 0}>
          {project.annotators.length ? (
            <AnnotatorsTable annotators={project.annotators} hasAgreement={Boolean(project.agreement)} />
          ) : (
            <p className={styles.caption}>Nobody is assigned yet.</p>
          )}
        </Card>
        {project.canManage && <ExportPanel projectId={project.id} projectName={project.name} template={project.template} initial={project.exports} />}
        {project.canManage && <ImportPanel projectId={project.id} />}
        {project.canManage && (
          <ProjectSettingsForm
            projectId={project.id}
            labels={project.labels}
            instructions={project.instructions}
            annotatorIds={project.annotators.map((a) => a.userId)}
            people={await findLabelers(actor)}
          />
        )}
      </div>
    </>
  );
}
