import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getDataset } from "@/lib/datasets/get-dataset";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { newVersionHref } from "@/components/datasets/dataset-urls";
import { FORMAT_NAMES, pluralize } from "@/components/datasets/format-dataset";
import { VersionPreview } from "@/components/datasets/version-preview";
import { VersionsTable } from "@/components/datasets/versions-table";
import pageStyles from "@/components/studio/page-sections.module.css";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DatabaseIcon, TagIcon, UploadIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<{ v?: string | string[] }> };

// Cached per request: the metadata and the page ask for the same dataset.
const findPageDataset = cache(async (id: string) => {
  const actor = await requirePageActor("dataset.read");
  try {
    return { actor, dataset: await getDataset(actor, id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: (await findPageDataset((await params).id)).dataset.name };
}

export default async function DatasetPage({ params, searchParams }: TProps) {
  const { actor, dataset } = await findPageDataset((await params).id);
  const { v } = await searchParams;
  // ?v= picks the version previewed; an unknown one falls back to the latest (newest first).
  const version = dataset.versions.find((entry) => String(entry.number) === v) ?? dataset.versions[0];
  const canUpload = can(actor, "dataset.edit", { teamId: actor.teamId });
  const canLabel = can(actor, "labeling.manage", { teamId: actor.teamId });
  return (
    <>
      <PageHeader
        parent={<Link href="/data">← Data & Labeling</Link>}
        title={dataset.name}
        description={
          <>
            {dataset.description || "No description."}
            {version && ` · ${FORMAT_NAMES[version.format]} · ${pluralize(dataset.versionCount, "version")}`}
          </>
        }
        actions={
          <>
            {canUpload && (
              <ButtonLink href={newVersionHref(dataset.name)}>
                <UploadIcon size={16} />
                Upload a new version
              </ButtonLink>
            )}
            {canLabel && version && (
              <ButtonLink variant="primary" href={`/data/labeling/new?dataset=${encodeURIComponent(dataset.id)}&version=${version.number}`}>
                <TagIcon size={16} />
                Label this version
              </ButtonLink>
            )}
          </>
        }
      />
      {!version ? (
        <EmptyState
          icon={<DatabaseIcon />}
          title="No versions yet"
          description="This dataset has no version to show. Upload files to make its first one."
          action={canUpload && <ButtonLink href={newVersionHref(dataset.name)}>Upload a version</ButtonLink>}
        />
      ) : (
        <div className={pageStyles.stack}>
          <Card title="Versions" description="Newest first. Each is kept as it was uploaded; choose one to preview it." isFlush>
            <VersionsTable datasetId={dataset.id} versions={dataset.versions} selected={version.number} />
          </Card>
          <VersionPreview datasetId={dataset.id} version={version} />
        </div>
      )}
    </>
  );
}
