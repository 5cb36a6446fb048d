import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { findDatasets } from "@/lib/datasets/find-datasets";
import { datasetHref } from "@/components/datasets/dataset-urls";
import { UploadForm } from "@/components/datasets/upload-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Upload data" };

type TProps = { searchParams: Promise<{ dataset?: string | string[] }> };

export default async function UploadDataPage({ searchParams }: TProps) {
  const actor = await requirePageActor("dataset.edit");
  const { dataset } = await searchParams;
  const initialName = typeof dataset === "string" ? dataset.trim() : "";
  const { datasets } = await findDatasets(actor);
  // ?dataset=name comes from a dataset's "Upload a new version": back there, not to the list.
  const current = datasets.find((entry) => entry.name === initialName);
  const back = current ? { href: datasetHref(current.id), label: `← ${current.name}` } : { href: "/data", label: "← Data & Labeling" };
  return (
    <>
      <PageHeader
        parent={<Link href={back.href}>{back.label}</Link>}
        title={current ? `New version of ${current.name}` : "Upload data"}
        description="Files become a new version of a dataset: checked, read into rows or images with column statistics, and kept as uploaded. Large files upload in chunks and resume after a dropped connection."
      />
      <Card>
        <UploadForm
          datasets={datasets.map((entry) => ({ name: entry.name, latestNumber: entry.latest?.number ?? null }))}
          initialName={initialName}
          cancelHref={back.href}
        />
      </Card>
    </>
  );
}
