import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { findEndpoints } from "@/lib/endpoints/find-endpoints";
import { AppError } from "@/lib/errors";
import { getModel } from "@/lib/models/get-model";
import { can } from "@/lib/permissions";
import { pluralize } from "@/components/datasets/format-dataset";
import { CompareVersions } from "@/components/models/compare-versions";
import { CompareVersionsButton, VersionSelection } from "@/components/models/version-selection";
import { VersionsTable } from "@/components/models/versions-table";
import { Card } from "@/components/ui/card";
import { InlineStatus } from "@/components/ui/inline-status";
import { PageHeader } from "@/components/ui/page-header";
import styles from "@/components/studio/page-sections.module.css";

type TProps = { params: Promise<{ id: string }> };

// Cached per request: the metadata and the page ask for the same model.
const findPageModel = cache(async (id: string) => {
  const actor = await requirePageActor("model.read");
  try {
    return { actor, model: await getModel(actor, id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: (await findPageModel((await params).id)).model.name };
}

export default async function ModelPage({ params }: TProps) {
  const { actor, model } = await findPageModel((await params).id);
  const team = { teamId: actor.teamId };
  const canManage = can(actor, "model.manage", team);
  const canDeploy = can(actor, "endpoint.manage", team);
  // The endpoints a version may join as a canary; only those who may deploy need them.
  const endpoints = canDeploy ? await findEndpoints(actor) : [];
  return (
    <>
      <PageHeader
        parent={<Link href="/models">← Models & Endpoints</Link>}
        title={model.name}
        description={[model.description, `${pluralize(model.versions.length, "version")}, newest first.`].filter(Boolean).join(" · ")}
      />
      <div className={styles.stack}>
        <InlineStatus tone="warning">Pickled models run code when they are loaded: register only models you trust. Model servers run on workers, never in the studio.</InlineStatus>
        <VersionSelection>
          <Card title="Versions" description="Tick versions to compare their metrics and signatures." actions={<CompareVersionsButton />} isFlush>
            <VersionsTable model={model} canManage={canManage} canDeploy={canDeploy} endpoints={endpoints} />
          </Card>
          <CompareVersions versions={model.versions.map(({ number, metrics, signature }) => ({ number, metrics, signature }))} />
        </VersionSelection>
      </div>
    </>
  );
}
