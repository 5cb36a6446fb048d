"use client";
import { useState } from "react";
import Link from "next/link";
import { datasetHref } from "@/components/datasets/dataset-urls";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import styles from "./labeling.module.css";

type TSaved = { datasetId: string; number: number };

/** A CSV export kept as a dataset version, for training to read by name. */
export function SaveAsDatasetButton({ projectId, exportId, datasetName }: { projectId: string; exportId: string; datasetName: string }) {
  const [saved, setSaved] = useState<TSaved | null>(null);
  const save = useServerAction((body: { name: string }) => postJson<TSaved>(`/api/v1/labeling/projects/${projectId}/exports/${exportId}/dataset`, body));
  if (saved) {
    return (
      <Link href={datasetHref(saved.datasetId, saved.number)}>
        {datasetName} v{saved.number}
      </Link>
    );
  }
  return (
    <span className={styles.toolbar}>
      <Button size="sm" isPending={save.isPending} onClick={() => save.run({ name: datasetName }, setSaved)}>
        Save as dataset
      </Button>
      {save.formError && <span role="alert">{save.formError}</span>}
    </span>
  );
}
